package io.simadmin.auth.tokens;

import io.simadmin.auth.AuthApi;
import io.simadmin.auth.AuthIntegrationTestBase;
import io.simadmin.auth.admins.Admin;
import io.simadmin.auth.admins.AdminRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenIntegrationTest extends AuthIntegrationTestBase {

    @Test
    void refresh_rotates_the_token_and_issues_a_new_access_token() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String first = api.login(admin.email(), PASSWORD, false).refreshCookie().getValue();

        AuthApi.Response refreshed = api.withCookie("/api/auth/token/refresh/", first);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("accessToken").asString()).isNotBlank();
        assertThat(refreshed.json().get("admin").get("id").asString()).isEqualTo(admin.id().toString());
        String second = refreshed.refreshCookie().getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.withCookie("/api/auth/token/refresh", second).status()).isEqualTo(200);
    }

    @Test
    void tokens_are_stored_only_as_hashes() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String token = api.login(admin.email(), PASSWORD, false).refreshCookie().getValue();

        assertThat(jdbc.queryForObject("select count(*) from refresh_token where token_hash = ?", Long.class, token)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from refresh_token where token_hash = ?", Long.class,
                SecureTokens.sha256(token))).isEqualTo(1);
    }

    @Test
    void reusing_a_rotated_token_revokes_the_whole_family() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String stolen = api.login(admin.email(), PASSWORD, false).refreshCookie().getValue();
        String legitimate = api.withCookie("/api/auth/token/refresh/", stolen).refreshCookie().getValue();

        AuthApi.Response reuse = api.withCookie("/api/auth/token/refresh/", stolen);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.json().get("type").asString()).isEqualTo("urn:problem-type:simadmin:session-ended");
        assertThat(api.withCookie("/api/auth/token/refresh/", legitimate).status()).isEqualTo(401);
    }

    @Test
    void logout_revokes_the_session_and_clears_the_cookie() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String token = api.login(admin.email(), PASSWORD, true).refreshCookie().getValue();

        AuthApi.Response logout = api.withCookie("/api/auth/logout/", token);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.headers().getFirst(HttpHeaders.SET_COOKIE)).contains("simadmin_refresh=", "Max-Age=0");
        assertThat(api.withCookie("/api/auth/token/refresh/", token).status()).isEqualTo(401);
    }

    @Test
    void refresh_without_a_cookie_or_with_garbage_is_refused() {
        assertThat(api.post("/api/auth/token/refresh/", null, null).status()).isEqualTo(401);
        assertThat(api.withCookie("/api/auth/token/refresh/", "garbage").status()).isEqualTo(401);
    }

    @Test
    void a_session_past_its_12_hours_cannot_be_refreshed() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String token = api.login(admin.email(), PASSWORD, false).refreshCookie().getValue();
        jdbc.update("update refresh_token set family_expires_at = now() - interval '1 second' where token_hash = ?",
                SecureTokens.sha256(token));

        assertThat(api.withCookie("/api/auth/token/refresh/", token).status()).isEqualTo(401);
    }

    @Test
    void a_deactivated_admin_cannot_refresh() {
        Admin admin = newAdmin(AdminRole.ADMIN);
        String token = api.login(admin.email(), PASSWORD, false).refreshCookie().getValue();
        jdbc.update("update admin set active = false where id = ?", admin.id());

        assertThat(api.withCookie("/api/auth/token/refresh/", token).status()).isEqualTo(401);
    }
}
