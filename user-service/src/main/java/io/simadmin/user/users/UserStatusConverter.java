package io.simadmin.user.users;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as its lowercase API value, matching the column's check constraint. */
@Converter(autoApply = true)
class UserStatusConverter implements AttributeConverter<UserStatus, String> {

    @Override
    public String convertToDatabaseColumn(UserStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public UserStatus convertToEntityAttribute(String value) {
        return value == null ? null : UserStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("unknown user status in database: " + value));
    }
}
