package io.simadmin.support.tickets;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as its API value, matching the column's check constraint. */
@Converter(autoApply = true)
class TicketStatusConverter implements AttributeConverter<TicketStatus, String> {

    @Override
    public String convertToDatabaseColumn(TicketStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public TicketStatus convertToEntityAttribute(String value) {
        return value == null ? null : TicketStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown ticket status in database: " + value));
    }
}
