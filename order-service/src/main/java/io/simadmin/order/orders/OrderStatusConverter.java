package io.simadmin.order.orders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the order status as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class OrderStatusConverter implements AttributeConverter<OrderStatus, String> {

    @Override
    public String convertToDatabaseColumn(OrderStatus value) {
        return value == null ? null : value.value();
    }

    @Override
    public OrderStatus convertToEntityAttribute(String value) {
        return value == null ? null : OrderStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown order status in database: " + value));
    }
}
