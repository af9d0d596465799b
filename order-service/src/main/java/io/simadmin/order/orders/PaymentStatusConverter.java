package io.simadmin.order.orders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the payment status as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class PaymentStatusConverter implements AttributeConverter<PaymentStatus, String> {

    @Override
    public String convertToDatabaseColumn(PaymentStatus value) {
        return value == null ? null : value.value();
    }

    @Override
    public PaymentStatus convertToEntityAttribute(String value) {
        return value == null ? null : PaymentStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown payment status in database: " + value));
    }
}
