package io.simadmin.analytics.ingest;

import io.simadmin.events.Actor;
import io.simadmin.events.auth.AdminChanged;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.events.auth.PasswordResetRequested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuthActivitiesTest {

    private static final UUID ADA = UUID.fromString("0190a1b2-0000-7000-8000-000000000001");
    private static final Actor ACTOR = new Actor(Actor.ADMIN, ADA.toString(), "203.0.113.9", "test");
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void a_sign_in_names_the_admin_by_email() {
        assertThat(AuthActivities.describe(new AdminLoggedIn(ADA, "ada@example.com", "admin", false, ACTOR, AT)))
                .isEqualTo("Admin ada@example.com signed in");
        assertThat(AuthActivities.describe(new AdminLoggedIn(ADA, "ada@example.com", "admin", true, ACTOR, AT)))
                .isEqualTo("Admin ada@example.com signed in (remember me)");
    }

    @Test
    void a_failed_sign_in_tells_the_reason_in_words() {
        assertThat(AuthActivities.describe(new LoginFailed(ADA, "bad_credentials", 1, null, ACTOR, AT)))
                .isEqualTo("Failed sign-in for admin " + ADA + " (wrong password)");
        assertThat(AuthActivities.describe(new LoginFailed(ADA, "locked", 5, AT.plusSeconds(900), ACTOR, AT)))
                .isEqualTo("Failed sign-in for admin " + ADA + " (account locked); locked until 2026-11-26T10:15:00Z");
    }

    @Test
    void a_failed_sign_in_for_an_unknown_login_says_only_that_it_failed() {
        assertThat(AuthActivities.describe(new LoginFailed(null, "bad_credentials", 1, null, null, AT)))
                .isEqualTo("Failed sign-in for an unknown login (wrong password)");
    }

    @Test
    void reset_requests_and_invitations_read_differently() {
        assertThat(AuthActivities.describe(new PasswordResetRequested(ADA, "ada@example.com", "reset",
                AT.plusSeconds(3600), ACTOR, AT))).isEqualTo("Password reset requested for admin ada@example.com");
        assertThat(AuthActivities.describe(new PasswordResetRequested(ADA, "ada@example.com", "invite",
                AT.plusSeconds(3600), ACTOR, AT))).isEqualTo("Set-password link sent to admin ada@example.com");
    }

    @Test
    void admin_changes_name_the_change_and_never_a_password() {
        assertThat(describe("invited", List.of())).isEqualTo("Admin ada@example.com invited as moderator");
        assertThat(describe("updated", List.of("role", "active"))).isEqualTo("Admin ada@example.com updated: role, active");
        assertThat(describe("deleted", List.of())).isEqualTo("Admin ada@example.com deleted");
        assertThat(describe("password_changed", List.of("password")))
                .isEqualTo("Admin ada@example.com changed their password");
        assertThat(describe("password_set", List.of())).isEqualTo("Admin ada@example.com set their password");
    }

    private static String describe(String change, List<String> fields) {
        return AuthActivities.describe(new AdminChanged(ADA, "ada@example.com", "ada", "moderator", true, change,
                fields, ACTOR, AT));
    }
}
