package io.simadmin.payment.transactions;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the type as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class TransactionTypeConverter implements AttributeConverter<TransactionType, String> {

    @Override
    public String convertToDatabaseColumn(TransactionType type) {
        return type == null ? null : type.value();
    }

    @Override
    public TransactionType convertToEntityAttribute(String value) {
        return value == null ? null : TransactionType.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown transaction type in database: " + value));
    }
}
