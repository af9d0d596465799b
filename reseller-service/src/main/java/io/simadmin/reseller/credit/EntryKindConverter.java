package io.simadmin.reseller.credit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the kind as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class EntryKindConverter implements AttributeConverter<EntryKind, String> {

    @Override
    public String convertToDatabaseColumn(EntryKind kind) {
        return kind == null ? null : kind.value();
    }

    @Override
    public EntryKind convertToEntityAttribute(String value) {
        return value == null ? null : EntryKind.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown ledger entry kind in database: " + value));
    }
}
