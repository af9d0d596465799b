package io.simadmin.order.orders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the order type as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class OrderTypeConverter implements AttributeConverter<OrderType, String> {

    @Override
    public String convertToDatabaseColumn(OrderType value) {
        return value == null ? null : value.value();
    }

    @Override
    public OrderType convertToEntityAttribute(String value) {
        return value == null ? null : OrderType.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown order type in database: " + value));
    }
}
