package io.simadmin.auth.admins;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class AdminRoleConverter implements AttributeConverter<AdminRole, String> {

    @Override
    public String convertToDatabaseColumn(AdminRole role) {
        return role == null ? null : role.value();
    }

    @Override
    public AdminRole convertToEntityAttribute(String value) {
        return value == null ? null : AdminRole.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown admin role in the database: " + value));
    }
}
