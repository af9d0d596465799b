package io.simadmin.reseller.resellers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class ResellerStatusConverter implements AttributeConverter<ResellerStatus, String> {

    @Override
    public String convertToDatabaseColumn(ResellerStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public ResellerStatus convertToEntityAttribute(String value) {
        return value == null ? null : ResellerStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown reseller status in database: " + value));
    }
}
