package io.simadmin.security.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0006's optional Keycloak issuer, for real: Keycloak runs k8s/keycloak/simadmin-realm.json, hands out tokens
 * for its test users (direct grant on the test client), and a service with nothing but platform-security accepts
 * them with the realm roles mapped to ours, and refuses a valid token whose user has none of our roles.
 */
class KeycloakTokensIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakProcess keycloak;
    private static ConfigurableApplicationContext service;
    private static int servicePort;
    /** Why Keycloak is not there; each test then reports itself skipped with it (a class-level abort shows as 0 tests). */
    private static String skipped;

    @BeforeAll
    static void start() {
        try {
            keycloak = KeycloakProcess.startOrSkip(Path.of(System.getProperty("keycloak.home", "target/keycloak/missing")),
                    Path.of(System.getProperty("simadmin.realm", "../../k8s/keycloak/simadmin-realm.json")));
        } catch (TestAbortedException e) {
            skipped = e.getMessage();
            System.err.println("\n*** " + skipped + "\n");
            return;
        }
        // What config-repo would say for a Keycloak issuer. Role names with "_" need the bracket form as map keys.
        service = new SpringApplicationBuilder(KeycloakSecuredApp.class).properties(Map.of(
                "server.port", "0",
                "spring.application.name", "keycloak-it",
                "simadmin.security.issuers.keycloak.issuer", keycloak.issuer(),
                "simadmin.security.issuers.keycloak.jwk-set-uri", keycloak.jwkSetUri(),
                "simadmin.security.issuers.keycloak.roles-claim", "realm_access.roles",
                "simadmin.security.issuers.keycloak.role-mapping[super_admin]", "super_admin",
                "simadmin.security.issuers.keycloak.role-mapping[admin]", "admin",
                "simadmin.security.issuers.keycloak.role-mapping[moderator]", "moderator")).run();
        servicePort = ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    @BeforeEach
    void keycloakIsThere() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void an_admin_of_the_realm_reads_and_writes_but_does_not_reach_super_admin_endpoints() throws Exception {
        String token = tokenOf("test-admin");
        assertThat(claims(token).get("aud").toString()).contains("simadmin-api");

        HttpResponse<String> read = call("GET", "/api/things", token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("roles").toString()).isEqualTo("[\"admin\"]");
        assertThat(call("POST", "/api/things", token).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/keys", token).statusCode()).isEqualTo(403);
    }

    @Test
    void a_moderator_reads_only_and_a_super_admin_reaches_everything() throws Exception {
        String moderator = tokenOf("test-moderator");
        assertThat(call("GET", "/api/things", moderator).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/things", moderator).statusCode()).isEqualTo(403);

        assertThat(call("GET", "/api/keys", tokenOf("test-super-admin")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_valid_realm_token_without_one_of_our_roles_is_refused_with_403_problem() throws Exception {
        String token = tokenOf("test-no-role");
        // Keycloak's own roles (default-roles-simadmin, offline_access...) are in the token, ours are not.
        assertThat(claims(token).at("/realm_access/roles").toString()).doesNotContain("admin\"", "moderator");

        HttpResponse<String> refused = call("GET", "/api/things", token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_tampered_realm_token_is_refused_with_401() throws Exception {
        String token = tokenOf("test-admin");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThat(call("GET", "/api/things", forged).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/things", null).statusCode()).isEqualTo(401);
    }

    private static String tokenOf(String user) throws IOException, InterruptedException {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", "simadmin-test-cli",
                "username", user, "password", user + "-password", "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token for " + user + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static HttpResponse<String> call(String method, String path, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + servicePort + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
