package io.simadmin.order.plans;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the SIM type as its lowercase API value, matching the columns' check constraints. */
@Converter(autoApply = true)
class SimTypeConverter implements AttributeConverter<SimType, String> {

    @Override
    public String convertToDatabaseColumn(SimType type) {
        return type == null ? null : type.value();
    }

    @Override
    public SimType convertToEntityAttribute(String value) {
        return value == null ? null : SimType.fromStored(value);
    }
}
