package io.simadmin.auth.admins;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The seed's admin roles; {@link #value()} is the API and database name, {@link #authority()} Spring's. */
public enum AdminRole {
    SUPER_ADMIN("super_admin"), ADMIN("admin"), MODERATOR("moderator");

    public static final String VALUES = "super_admin, admin, moderator";

    private final String value;

    AdminRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<AdminRole> fromValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.value.equals(wanted)).findFirst();
    }
}
