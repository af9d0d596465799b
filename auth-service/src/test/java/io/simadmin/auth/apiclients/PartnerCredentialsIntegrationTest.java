package io.simadmin.auth.apiclients;

import com.nimbusds.jwt.SignedJWT;
import io.simadmin.auth.AuthApi;
import io.simadmin.auth.AuthIntegrationTestBase;
import io.simadmin.auth.admins.AdminRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCredentialsIntegrationTest extends AuthIntegrationTestBase {

    private String superAdmin;
    private final UUID resellerId = UUID.randomUUID();

    @BeforeEach
    void signIn() {
        superAdmin = tokenOf(newAdmin(AdminRole.SUPER_ADMIN));
    }

    @Test
    void a_created_client_shows_its_secret_once_and_gets_a_partner_token() throws Exception {
        JsonNode created = create("orders:read clients:read");
        String clientId = created.get("clientId").asString();
        String secret = created.get("clientSecret").asString();
        assertThat(secret).hasSize(43);
        assertThat(jdbc.queryForObject("select secret_hash from api_client where client_id = ?", String.class, clientId))
                .isNotEqualTo(secret).hasSize(64);

        AuthApi.Response token = tokenRequest(basic(clientId, secret), "grant_type=client_credentials&scope=orders:read");

        assertThat(token.status()).isEqualTo(200);
        JsonNode body = token.json();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("scope").asString()).isEqualTo("orders:read");
        assertThat(body.get("expires_in").asLong()).isBetween(899L, 900L);
        var claims = SignedJWT.parse(body.get("access_token").asString()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("simadmin-auth");
        assertThat(claims.getAudience()).contains("simadmin-api");
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("partner");
        assertThat(claims.getStringClaim("reseller_id")).isEqualTo(resellerId.toString());
        assertThat(claims.getStringClaim("scope")).isEqualTo("orders:read");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));

        JsonNode listed = list().get("content");
        JsonNode mine = null;
        for (JsonNode item : listed) {
            if (item.get("clientId").asString().equals(clientId)) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.has("clientSecret")).isFalse();
        assertThat(mine.get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void client_secret_post_works_too() {
        JsonNode created = create("transactions:read");

        AuthApi.Response token = tokenRequest(null, "grant_type=client_credentials&scope=transactions:read&client_id="
                + created.get("clientId").asString() + "&client_secret=" + created.get("clientSecret").asString());

        assertThat(token.status()).isEqualTo(200);
    }

    @Test
    void a_wrong_secret_is_invalid_client() {
        JsonNode created = create("orders:read");

        AuthApi.Response token = tokenRequest(basic(created.get("clientId").asString(), "wrong-secret"),
                "grant_type=client_credentials&scope=orders:read");

        assertThat(token.status()).isEqualTo(401);
        assertThat(token.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void a_scope_the_client_does_not_hold_is_invalid_scope() {
        JsonNode created = create("orders:read");

        AuthApi.Response token = tokenRequest(basic(created.get("clientId").asString(), created.get("clientSecret").asString()),
                "grant_type=client_credentials&scope=orders:write");

        assertThat(token.status()).isEqualTo(400);
        assertThat(token.json().get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void another_grant_type_is_unsupported_grant_type() {
        JsonNode created = create("orders:read");

        AuthApi.Response token = tokenRequest(basic(created.get("clientId").asString(), created.get("clientSecret").asString()),
                "grant_type=password&username=a&password=b");

        assertThat(token.status()).isEqualTo(400);
        assertThat(token.json().get("error").asString()).isIn("unsupported_grant_type", "unauthorized_client");
    }

    @Test
    void a_revoked_client_gets_no_token_and_leaves_the_list() {
        JsonNode created = create("orders:read");
        String id = created.get("id").asString();

        assertThat(api.call(HttpMethod.DELETE, "/api/settings/api/keys/" + id, null, superAdmin, h -> { }).status())
                .isEqualTo(204);

        AuthApi.Response token = tokenRequest(basic(created.get("clientId").asString(), created.get("clientSecret").asString()),
                "grant_type=client_credentials&scope=orders:read");
        assertThat(token.status()).isEqualTo(401);
        assertThat(token.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(list().get("content").toString()).doesNotContain(id);
    }

    @Test
    void unknown_scopes_cannot_be_granted_to_a_client() {
        AuthApi.Response response = api.call(HttpMethod.POST, "/api/settings/api/keys", "{\"resellerId\":\"" + resellerId
                + "\",\"name\":\"Shop\",\"scopes\":[\"orders:read\",\"admins:write\"]}", superAdmin, h -> { });

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("scopes");
    }

    private JsonNode create(String scopes) {
        String list = "\"" + String.join("\",\"", scopes.split(" ")) + "\"";
        AuthApi.Response response = api.call(HttpMethod.POST, "/api/settings/api/keys/", "{\"resellerId\":\"" + resellerId
                + "\",\"name\":\"Partner shop\",\"scopes\":[" + list + "]}", superAdmin, h -> { });
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }

    private JsonNode list() {
        return api.call(HttpMethod.GET, "/api/settings/api/keys?resellerId=" + resellerId, null, superAdmin, h -> { }).json();
    }

    private AuthApi.Response tokenRequest(String authorization, String form) {
        return api.call(HttpMethod.POST, "/api/auth/oauth2/token", null, null, h -> {
            h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            if (authorization != null) {
                h.set(HttpHeaders.AUTHORIZATION, authorization);
            }
        }, form);
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }
}
