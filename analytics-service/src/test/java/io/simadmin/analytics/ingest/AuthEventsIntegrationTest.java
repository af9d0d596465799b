package io.simadmin.analytics.ingest;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.support.EventsTestBase;
import io.simadmin.events.Actor;
import io.simadmin.events.auth.AdminChanged;
import io.simadmin.events.auth.AdminLoggedIn;
import io.simadmin.events.auth.LoginFailed;
import io.simadmin.events.auth.PasswordResetRequested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuthEventsIntegrationTest extends EventsTestBase {

    @Test
    void each_auth_event_makes_one_admin_line_in_the_feed() {
        UUID ada = UUID.randomUUID();
        String email = "ada-" + ada + "@example.com";
        Actor actor = new Actor(Actor.ADMIN, ada.toString(), "203.0.113.9", "integration-test");
        Instant at = now();

        UUID invited = publisher.viaOutbox(new AdminChanged(ada, email, "ada", "moderator", true, "invited",
                List.of(), actor, at));
        UUID reset = publisher.viaOutbox(new PasswordResetRequested(ada, email, "reset", at.plusSeconds(3600),
                actor, at.plusSeconds(1)));
        UUID failed = publisher.viaOutbox(new LoginFailed(ada, "bad_credentials", 1, null, actor, at.plusSeconds(2)));
        UUID loggedIn = publisher.viaOutbox(new AdminLoggedIn(ada, email, "moderator", false, actor,
                at.plusSeconds(3)));

        assertThat(awaitActivity("admin", ada, invited).description())
                .isEqualTo("Admin " + email + " invited as moderator");
        assertThat(awaitActivity("admin", ada, reset).description())
                .isEqualTo("Password reset requested for admin " + email);
        assertThat(awaitActivity("admin", ada, failed).description())
                .isEqualTo("Failed sign-in for admin " + ada + " (wrong password)");
        Activity signIn = awaitActivity("admin", ada, loggedIn);
        assertThat(signIn.description()).isEqualTo("Admin " + email + " signed in");
        assertThat(signIn.action()).isEqualTo("auth.admin-logged-in");
        assertThat(signIn.userType()).isEqualTo("admin");
        assertThat(signIn.subjectType()).isEqualTo("admin");
        assertThat(signIn.ipAddress()).isEqualTo("203.0.113.9");
        assertThat(api.activitiesAbout("admin", ada)).extracting(Activity::eventId)
                .containsExactly(loggedIn, failed, reset, invited);
    }

    @Test
    void a_failed_sign_in_for_an_unknown_login_is_recorded_without_the_login() {
        UUID failed = publisher.viaOutbox(new LoginFailed(null, "bad_credentials", 1, null, null, now()));

        Activity line = await().atMost(WITHIN).until(() -> api.activities("action=auth.login-failed&size=200").content().stream()
                .filter(a -> a.eventId().equals(failed)).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(line.description()).isEqualTo("Failed sign-in for an unknown login (wrong password)");
        assertThat(line.userType()).isEqualTo("admin");
        assertThat(line.subjectType()).isEqualTo("admin");
        assertThat(line.subjectId()).isNull();
    }

    @Test
    void the_same_auth_event_delivered_twice_is_counted_once() {
        UUID ada = UUID.randomUUID();
        Actor actor = new Actor(Actor.ADMIN, ada.toString(), null, null);
        UUID eventId = UUID.randomUUID();
        AdminLoggedIn signIn = new AdminLoggedIn(ada, "twice-" + ada + "@example.com", "admin", false, actor, now());

        publisher.raw(eventId, signIn);
        publisher.raw(eventId, signIn);
        UUID later = UUID.randomUUID();
        publisher.raw(later, new AdminChanged(ada, signIn.email(), "twice", "admin", false, "updated",
                List.of("active"), actor, now().plusSeconds(1)));
        awaitActivity("admin", ada, later);

        assertThat(api.activitiesAbout("admin", ada)).extracting(Activity::eventId).containsExactly(later, eventId);
        assertThat(processedCount(AuthProjection.CONSUMER, eventId)).isEqualTo(1);
    }
}
