package io.simadmin.auth.admins;

import io.simadmin.events.Actor;
import io.simadmin.events.auth.AdminChanged;

import java.time.Instant;
import java.util.List;

/** Builds {@link AdminChanged}; it never carries a password, hash or token. */
public final class AdminEvents {

    public static final String INVITED = "invited";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
    public static final String PASSWORD_CHANGED = "password_changed";
    public static final String PASSWORD_SET = "password_set";

    private AdminEvents() {
    }

    public static AdminChanged changed(Admin admin, String change, List<String> fields, Actor actor, Instant at) {
        return new AdminChanged(admin.id(), admin.email(), admin.username(), admin.role().value(), admin.active(), change,
                List.copyOf(fields), actor, at);
    }
}
