package io.simadmin.support.tickets;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the priority as its API value, matching the column's check constraint. */
@Converter(autoApply = true)
class TicketPriorityConverter implements AttributeConverter<TicketPriority, String> {

    @Override
    public String convertToDatabaseColumn(TicketPriority priority) {
        return priority == null ? null : priority.value();
    }

    @Override
    public TicketPriority convertToEntityAttribute(String value) {
        return value == null ? null : TicketPriority.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown ticket priority in database: " + value));
    }
}
