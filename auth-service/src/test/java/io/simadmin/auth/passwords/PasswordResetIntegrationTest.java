package io.simadmin.auth.passwords;

import io.simadmin.auth.AuthApi;
import io.simadmin.auth.AuthIntegrationTestBase;
import io.simadmin.auth.Mailbox;
import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminRole;
import io.simadmin.auth.tokens.SecureTokens;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetIntegrationTest extends AuthIntegrationTestBase {

    private static final String NEW_PASSWORD = "Purple-Otter-Umbrella-17";

    @Test
    void a_reset_for_an_unknown_email_answers_exactly_like_one_for_a_known_email() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String unknownEmail = "nobody-" + System.nanoTime() + "@example.org";

        AuthApi.Response known = reset(admin.email());
        AuthApi.Response unknown = reset(unknownEmail);

        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        Mailbox.awaitToken(SMTP, admin.email(), 1);
        assertThat(Mailbox.to(SMTP, unknownEmail)).isEmpty();
    }

    @Test
    void the_emailed_link_sets_a_new_password_once_and_ends_every_session() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String refresh = api.login(admin.email(), PASSWORD, true).refreshCookie().getValue();
        reset(admin.email());
        String token = Mailbox.awaitToken(SMTP, admin.email(), 1);
        assertThat(Mailbox.subject(Mailbox.to(SMTP, admin.email()).getFirst())).contains("Reset");
        assertThat(jdbc.queryForObject("select count(*) from password_token where token_hash = ?", Long.class,
                SecureTokens.sha256(token))).isEqualTo(1);

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(api.login(admin.email(), PASSWORD, false).status()).isEqualTo(401);
        assertThat(api.login(admin.email(), NEW_PASSWORD, false).status()).isEqualTo(200);
        assertThat(api.withCookie("/api/auth/token/refresh/", refresh).status()).isEqualTo(401);
        AuthApi.Response reused = confirm(token, "Another-Fine-Password-23");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:problem-type:simadmin:invalid-reset-token");
        KafkaTestConsumer.awaitRecord(Topics.AUTH, r -> r.key().equals(admin.id().toString())
                && r.value().contains("\"purpose\":\"reset\""), Duration.ofSeconds(20));
    }

    @Test
    void an_expired_link_is_refused() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        reset(admin.email());
        String token = Mailbox.awaitToken(SMTP, admin.email(), 1);
        jdbc.update("update password_token set expires_at = now() - interval '1 second' where token_hash = ?",
                SecureTokens.sha256(token));

        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(400);
        assertThat(api.login(admin.email(), PASSWORD, false).status()).isEqualTo(200);
    }

    @Test
    void the_link_expires_30_minutes_after_the_request() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        reset(admin.email());
        String token = Mailbox.awaitToken(SMTP, admin.email(), 1);

        Long minutes = jdbc.queryForObject("select round(extract(epoch from expires_at - created_at) / 60) from password_token "
                + "where token_hash = ?", Long.class, SecureTokens.sha256(token));
        assertThat(minutes).isEqualTo(30);
    }

    @Test
    void a_password_breaking_the_policy_is_refused_and_the_link_still_works() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        reset(admin.email());
        String token = Mailbox.awaitToken(SMTP, admin.email(), 1);
        String localPart = admin.email().substring(0, admin.email().indexOf('@'));

        assertThat(confirm(token, "short1!").json().get("errors").get(0).get("message").asString()).contains("12");
        assertThat(confirm(token, "x" + localPart + "-2024!").json().get("errors").get(0).get("message").asString())
                .contains("email");
        assertThat(confirm(token, "1qaz2wsx3edc").json().get("errors").get(0).get("message").asString())
                .contains("common");
        assertThat(confirm(token, "password2024!").status()).isEqualTo(400);
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
        Admin admin = newAdmin(AdminRole.MODERATOR);
        String otherDevice = api.login(admin.email(), PASSWORD, true).refreshCookie().getValue();
        AuthApi.Response here = api.login(admin.email(), PASSWORD, true);
        String bearer = here.json().get("accessToken").asString();
        String thisDevice = here.refreshCookie().getValue();

        AuthApi.Response wrongCurrent = api.call(org.springframework.http.HttpMethod.POST, "/api/auth/password/change/",
                "{\"currentPassword\":\"Not-It-At-All-1\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", bearer, h -> { });
        assertThat(wrongCurrent.status()).isEqualTo(400);

        AuthApi.Response changed = api.call(org.springframework.http.HttpMethod.POST, "/api/auth/password/change/",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}", bearer,
                h -> h.add("Cookie", "simadmin_refresh=" + thisDevice));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.withCookie("/api/auth/token/refresh/", otherDevice).status()).isEqualTo(401);
        assertThat(api.withCookie("/api/auth/token/refresh/", thisDevice).status()).isEqualTo(200);
        assertThat(api.login(admin.email(), NEW_PASSWORD, false).status()).isEqualTo(200);
    }

    private AuthApi.Response reset(String email) {
        return api.post("/api/auth/password/reset/", "{\"email\":\"" + email + "\"}", null);
    }

    private AuthApi.Response confirm(String token, String password) {
        return api.post("/api/auth/password/reset/confirm/", "{\"token\":\"" + token + "\",\"newPassword\":\"" + password + "\"}", null);
    }
}
