package io.simadmin.auth.admins;

import io.simadmin.auth.AuthApi;
import io.simadmin.auth.AuthIntegrationTestBase;
import io.simadmin.auth.Mailbox;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AdminsIntegrationTest extends AuthIntegrationTestBase {

    @Test
    void the_current_admin_reads_and_edits_their_own_profile() {
        Admin admin = newAdmin(AdminRole.MODERATOR);
        String bearer = tokenOf(admin);

        assertThat(api.call(HttpMethod.GET, "/api/auth/user/", null, bearer, h -> { }).json().get("id").asString())
                .isEqualTo(admin.id().toString());
        AuthApi.Response patched = api.call(HttpMethod.PATCH, "/api/auth/user", "{\"firstName\":\"Grace\",\"username\":\""
                + admin.username() + "_x\"}", bearer, h -> { });

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("firstName").asString()).isEqualTo("Grace");
        assertThat(patched.json().get("username").asString()).isEqualTo(admin.username() + "_x");
    }

    @Test
    void a_profile_patch_naming_role_is_rejected_and_changes_nothing() {
        Admin admin = newAdmin(AdminRole.MODERATOR);
        String bearer = tokenOf(admin);

        AuthApi.Response response = api.call(HttpMethod.PATCH, "/api/auth/user/",
                "{\"firstName\":\"Mallory\",\"role\":\"super_admin\"}", bearer, h -> { });

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
        Admin after = admins.findById(admin.id()).orElseThrow();
        assertThat(after.role()).isEqualTo(AdminRole.MODERATOR);
        assertThat(after.firstName()).isEqualTo("Ada");
        for (String field : new String[]{"\"active\":false", "\"email\":\"x@example.org\""}) {
            assertThat(api.call(HttpMethod.PATCH, "/api/auth/user/", "{" + field + "}", bearer, h -> { }).status())
                    .isEqualTo(400);
        }
    }

    @Test
    void admin_endpoints_need_a_token_and_the_super_admin_role() {
        Admin moderator = newAdmin(AdminRole.MODERATOR);
        Admin admin = newAdmin(AdminRole.ADMIN);

        AuthApi.Response anonymous = api.call(HttpMethod.GET, "/api/admins", null, null, h -> { });
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(api.call(HttpMethod.GET, "/api/admins", null, tokenOf(moderator), h -> { }).status()).isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "/api/settings/api/keys", null, tokenOf(admin), h -> { }).status()).isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "/api/auth/user", null, "not.a.token", h -> { }).status()).isEqualTo(401);
    }

    @Test
    void lists_admins_with_search_role_and_active_filters() {
        Admin superAdmin = newAdmin(AdminRole.SUPER_ADMIN);
        Admin moderator = newAdmin(AdminRole.MODERATOR);

        AuthApi.Response page = api.call(HttpMethod.GET, "/api/admins/?q=" + moderator.username() + "&role=moderator&active=true",
                null, tokenOf(superAdmin), h -> { });

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.json().get("content").get(0).get("id").asString()).isEqualTo(moderator.id().toString());
    }

    @Test
    void invites_an_admin_who_becomes_active_by_choosing_a_password() {
        Admin superAdmin = newAdmin(AdminRole.SUPER_ADMIN);
        String email = "invitee-" + System.nanoTime() + "@example.org";

        AuthApi.Response invited = api.call(HttpMethod.POST, "/api/admins", "{\"email\":\"" + email
                + "\",\"firstName\":\"Ines\",\"lastName\":\"Vitee\",\"role\":\"admin\"}", tokenOf(superAdmin), h -> { });

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().get("active").asBoolean()).isFalse();
        assertThat(invited.json().get("invitationPending").asBoolean()).isTrue();
        String token = Mailbox.awaitToken(SMTP, email, 1);
        assertThat(Mailbox.subject(Mailbox.to(SMTP, email).getFirst())).contains("invited");
        assertThat(api.login(email, "Whatever-It-Is-123", false).status()).isEqualTo(401);

        assertThat(api.post("/api/auth/password/reset/confirm/", "{\"token\":\"" + token
                + "\",\"newPassword\":\"Lively-Walrus-Garden-88\"}", null).status()).isEqualTo(204);

        AuthApi.Response login = api.login(email, "Lively-Walrus-Garden-88", false);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("admin").get("active").asBoolean()).isTrue();
        String id = invited.json().get("id").asString();
        KafkaTestConsumer.awaitRecord(Topics.AUTH, r -> r.key().equals(id) && r.value().contains("\"change\":\"invited\""),
                Duration.ofSeconds(20));
    }

    @Test
    void inviting_an_email_already_in_use_is_a_conflict() {
        Admin superAdmin = newAdmin(AdminRole.SUPER_ADMIN);
        Admin existing = newAdmin(AdminRole.ADMIN);

        AuthApi.Response response = api.call(HttpMethod.POST, "/api/admins", "{\"email\":\"" + existing.email().toUpperCase()
                + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"role\":\"admin\"}", tokenOf(superAdmin), h -> { });

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void the_last_active_super_admin_cannot_be_demoted_deactivated_or_deleted() {
        Admin last = newAdmin(AdminRole.SUPER_ADMIN);
        String bearer = tokenOf(last);
        jdbc.update("update admin set active = false where role = 'super_admin' and id <> ?", last.id());
        String path = "/api/admins/" + last.id();

        AuthApi.Response demote = api.call(HttpMethod.PATCH, path, "{\"role\":\"admin\"}", bearer, h -> { });
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("type").asString()).isEqualTo("urn:problem-type:simadmin:last-super-admin");
        assertThat(api.call(HttpMethod.PATCH, path, "{\"active\":false}", bearer, h -> { }).status()).isEqualTo(409);
        assertThat(api.call(HttpMethod.DELETE, path, null, bearer, h -> { }).status()).isEqualTo(409);
        assertThat(admins.findById(last.id()).orElseThrow().role()).isEqualTo(AdminRole.SUPER_ADMIN);

        Admin second = newAdmin(AdminRole.SUPER_ADMIN);
        assertThat(api.call(HttpMethod.PATCH, path, "{\"role\":\"admin\"}", bearer, h -> { }).status()).isEqualTo(200);
        assertThat(api.call(HttpMethod.PATCH, "/api/admins/" + second.id(), "{\"role\":\"moderator\"}", bearer, h -> { })
                .status()).isEqualTo(409);
    }

    @Test
    void a_super_admin_changes_roles_deactivates_and_deletes_other_admins() {
        Admin superAdmin = newAdmin(AdminRole.SUPER_ADMIN);
        Admin target = newAdmin(AdminRole.MODERATOR);
        String refresh = api.login(target.email(), PASSWORD, false).refreshCookie().getValue();
        String bearer = tokenOf(superAdmin);
        String path = "/api/admins/" + target.id() + "/";

        AuthApi.Response promoted = api.call(HttpMethod.PATCH, path, "{\"role\":\"admin\"}", bearer, h -> { });
        assertThat(promoted.json().get("role").asString()).isEqualTo("admin");
        AuthApi.Response deactivated = api.call(HttpMethod.PATCH, path, "{\"active\":false}", bearer, h -> { });
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(api.withCookie("/api/auth/token/refresh/", refresh).status()).isEqualTo(401);
        assertThat(api.login(target.email(), PASSWORD, false).status()).isEqualTo(401);

        assertThat(api.call(HttpMethod.DELETE, path, null, bearer, h -> { }).status()).isEqualTo(204);
        assertThat(api.call(HttpMethod.GET, path, null, bearer, h -> { }).status()).isEqualTo(404);
    }
}
