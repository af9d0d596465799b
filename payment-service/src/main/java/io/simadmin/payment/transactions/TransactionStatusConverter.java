package io.simadmin.payment.transactions;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class TransactionStatusConverter implements AttributeConverter<TransactionStatus, String> {

    @Override
    public String convertToDatabaseColumn(TransactionStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public TransactionStatus convertToEntityAttribute(String value) {
        return value == null ? null : TransactionStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown transaction status in database: " + value));
    }
}
