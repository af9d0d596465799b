package io.simadmin.analytics.ingest;

import io.simadmin.events.auth.AdminChanged;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.events.auth.PasswordResetRequested;

import java.util.UUID;

/**
 * Feed lines about admin accounts: "Admin ada@example.com signed in". Passwords, reset links and tokens never
 * appear (the events do not carry them either). A failed sign-in for a login that names no known admin says only
 * that a sign-in failed: what was typed as the login may be someone's password.
 */
final class AuthActivities {

    static final String SUBJECT_TYPE = "admin";

    private AuthActivities() {
    }

    static String describe(AdminLoggedIn event) {
        return admin(event.email(), event.adminId()) + " signed in" + (event.rememberMe() ? " (remember me)" : "");
    }

    static String describe(LoginFailed event) {
        String who = event.adminId() == null ? "an unknown login" : "admin " + event.adminId();
        String reason = reason(event.reason());
        String locked = event.lockedUntil() == null ? "" : "; locked until " + event.lockedUntil();
        return "Failed sign-in for " + who + (reason.isEmpty() ? "" : " (" + reason + ")") + locked;
    }

    static String describe(PasswordResetRequested event) {
        String admin = admin(event.email(), event.adminId());
        return "invite".equals(Activities.lower(event.purpose())) ? "Set-password link sent to " + lowerFirst(admin)
                : "Password reset requested for " + lowerFirst(admin);
    }

    static String describe(AdminChanged event) {
        String admin = admin(event.email() == null || event.email().isBlank() ? event.username() : event.email(),
                event.adminId());
        String change = Activities.lower(event.change());
        return admin + " " + switch (change) {
            case "invited" -> "invited" + (event.role() == null || event.role().isBlank() ? ""
                    : " as " + Activities.words(event.role()));
            case "updated" -> {
                String fields = Activities.fieldList(event.changedFields());
                yield "updated" + (fields.isEmpty() ? "" : ": " + fields);
            }
            case "deleted" -> "deleted";
            case "password_changed" -> "changed their password";
            case "password_set" -> "set their password";
            default -> change.isEmpty() ? "changed" : Activities.words(change);
        };
    }

    private static String reason(String reason) {
        return switch (Activities.lower(reason)) {
            case "bad_credentials" -> "wrong password";
            case "locked" -> "account locked";
            case "rate_limited" -> "too many attempts";
            case "refresh_token_reuse" -> "refresh token reused";
            case "" -> "";
            default -> Activities.words(reason);
        };
    }

    private static String admin(String name, UUID id) {
        return Activities.named("Admin", name, id);
    }

    private static String lowerFirst(String admin) {
        return "a" + admin.substring(1);
    }
}
