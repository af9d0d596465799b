package io.simadmin.reseller.clients;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class ClientStatusConverter implements AttributeConverter<ClientStatus, String> {

    @Override
    public String convertToDatabaseColumn(ClientStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public ClientStatus convertToEntityAttribute(String value) {
        return value == null ? null : ClientStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown client status in database: " + value));
    }
}
