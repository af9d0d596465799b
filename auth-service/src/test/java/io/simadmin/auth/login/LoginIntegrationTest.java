package io.simadmin.auth.login;

import io.simadmin.auth.AuthApi;
import io.simadmin.auth.AuthIntegrationTestBase;
import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminRole;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTest extends AuthIntegrationTestBase {

    @Test
    void signs_in_with_email_and_sets_a_strict_http_only_refresh_cookie() {
        Admin admin = newAdmin(AdminRole.ADMIN);

        AuthApi.Response response = api.login(admin.email().toUpperCase(), PASSWORD, false);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(response.json().get("expiresIn").asLong()).isEqualTo(600);
        assertThat(response.json().get("accessToken").asString()).isNotBlank();
        assertThat(response.json().get("admin").get("email").asString()).isEqualTo(admin.email());
        assertThat(response.json().get("admin").has("passwordHash")).isFalse();
        String setCookie = response.headers().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(setCookie).contains("simadmin_refresh=", "Path=/api/auth", "HttpOnly", "Secure", "SameSite=Strict")
                .doesNotContain("Max-Age");
        assertThat(admins.findById(admin.id()).orElseThrow().lastLogin()).isNotNull();

        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.AUTH,
                r -> r.key().equals(admin.id().toString()) && type(r).equals("auth.admin-logged-in.v1"), Duration.ofSeconds(20));
        assertThat(event.value()).doesNotContain(PASSWORD).doesNotContain(response.json().get("accessToken").asString());
    }

    @Test
    void remember_me_keeps_the_cookie_for_30_days_and_username_works_as_login() {
        Admin admin = newAdmin(AdminRole.MODERATOR);

        AuthApi.Response response = api.login(admin.username(), PASSWORD, true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.refreshCookie().getMaxAge()).isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30));
    }

    @Test
    void wrong_password_and_unknown_login_get_the_same_answer() {
        Admin admin = newAdmin(AdminRole.ADMIN);

        AuthApi.Response wrong = api.login(admin.email(), "Not-The-Password-99", false);
        AuthApi.Response unknown = api.login("nobody-" + admin.username() + "@example.org", "Not-The-Password-99", false);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().get("title").asString()).isEqualTo("Email/username or password is wrong");
        assertThat(withoutInstance(wrong.body())).isEqualTo(withoutInstance(unknown.body()));
        assertThat(wrong.headers().getFirst(HttpHeaders.SET_COOKIE)).isNull();
        KafkaTestConsumer.awaitRecord(Topics.AUTH, r -> r.key().equals(admin.id().toString())
                && type(r).equals("auth.login-failed.v1") && r.value().contains("bad_credentials"), Duration.ofSeconds(20));
    }

    @Test
    void locks_the_account_after_five_failures_even_for_the_right_password() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(admin.email(), "Wrong-Password-" + i, false).status()).isEqualTo(401);
        }

        AuthApi.Response locked = api.login(admin.email(), PASSWORD, false);

        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().get("type").asString()).isEqualTo("urn:problem-type:simadmin:login-locked");
        assertThat(locked.json().get("retryAt").asString()).isNotBlank();
        assertThat(Long.parseLong(locked.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(800L, 900L);
    }

    @Test
    void unknown_logins_lock_the_same_way_so_a_lockout_reveals_no_account() {
        String nobody = "ghost-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < 5; i++) {
            api.login(nobody, "Wrong-Password-" + i, false);
        }

        assertThat(api.login(nobody, "Wrong-Password-x", false).status()).isEqualTo(423);
    }

    @Test
    void the_lockout_decays_when_the_failures_are_older_than_the_window() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        for (int i = 0; i < 4; i++) {
            api.login(admin.email(), "Wrong-Password-" + i, false);
        }
        jdbc.update("update login_failure set first_failure_at = now() - interval '16 minutes' where login_key = ?",
                "admin:" + admin.id());

        assertThat(api.login(admin.email(), "Wrong-Password-5", false).status()).isEqualTo(401);
        assertThat(api.login(admin.email(), PASSWORD, false).status()).isEqualTo(200);
    }

    @Test
    void too_many_attempts_from_one_address_answer_429_with_retry_after() throws Exception {
        // All at once: the limit is checked before the (slow) password hash, so the timing of the machine cannot
        // let the bucket refill in between.
        List<AuthApi.Response> responses;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<AuthApi.Response>> calls = IntStream.range(0, 14).mapToObj(i -> clients.submit(() ->
                    api.login("rate-" + i + "@example.org", "Wrong-Password-" + i, false))).toList();
            responses = new java.util.ArrayList<>();
            for (Future<AuthApi.Response> call : calls) {
                responses.add(call.get());
            }
        }

        List<AuthApi.Response> limited = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(limited).hasSizeGreaterThanOrEqualTo(3);
        assertThat(responses.stream().filter(r -> r.status() == 401)).hasSizeLessThanOrEqualTo(11);
        assertThat(limited.getFirst().headers().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
        assertThat(limited.getFirst().headers().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void an_invited_admin_without_a_password_cannot_sign_in() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        jdbc.update("update admin set password_hash = null, active = false where id = ?", admin.id());

        assertThat(api.login(admin.email(), PASSWORD, false).status()).isEqualTo(401);
    }

    private static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(EventHeaders.TYPE);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
