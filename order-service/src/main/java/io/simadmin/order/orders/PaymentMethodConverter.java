package io.simadmin.order.orders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the payment method as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class PaymentMethodConverter implements AttributeConverter<PaymentMethod, String> {

    @Override
    public String convertToDatabaseColumn(PaymentMethod value) {
        return value == null ? null : value.value();
    }

    @Override
    public PaymentMethod convertToEntityAttribute(String value) {
        return value == null ? null : PaymentMethod.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown payment method in database: " + value));
    }
}
