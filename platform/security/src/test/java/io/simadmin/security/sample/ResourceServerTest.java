package io.simadmin.security.sample;

import io.simadmin.test.TestIssuerInitializer;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

/** The resource server as a client meets it, with real tokens of a real (test) issuer over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=secured-app",
        "management.endpoints.web.exposure.include=health,info",
        "simadmin.security.issuers.keycloak.issuer=" + ResourceServerTest.KEYCLOAK,
        "simadmin.security.issuers.keycloak.roles-claim=realm_access.roles",
        "simadmin.security.issuers.keycloak.role-mapping.simadmin-admin=admin",
        "simadmin.security.issuers.keycloak.role-mapping.simadmin-viewer=moderator",
        "simadmin.security.issuers.balanced.issuer=" + ResourceServerTest.BALANCED,
        "simadmin.security.issuers.balanced.jwk-set-uri=lb://test-issuer/.well-known/jwks.json",
})
@ContextConfiguration(initializers = TestIssuerInitializer.class)
class ResourceServerTest {

    static final String KEYCLOAK = "http://keycloak.local/realms/simadmin";
    static final String BALANCED = "simadmin-balanced";

    @DynamicPropertySource
    static void issuers(DynamicPropertyRegistry registry) {
        registry.add("simadmin.security.issuers.keycloak.jwk-set-uri", TestTokens::jwkSetUri);
        // The balanced issuer's keys are found through discovery, as lb://auth-service/... is in the suite.
        registry.add("spring.cloud.discovery.client.simple.instances.test-issuer[0].uri",
                () -> "http://localhost:" + TestTokens.jwksPort());
    }

    @LocalServerPort
    int port;

    RestTestClient http;

    @MockitoSpyBean
    HttpFirewall firewall;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void checks_requests_with_the_platforms_firewall() {
        http.get().uri("/api/things").exchange().expectStatus().isUnauthorized();

        assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
        verify(firewall, atLeastOnce()).getFirewalledRequest(any());
    }

    @Test
    void answers_a_request_without_token_with_401_problem_and_www_authenticate() {
        http.get().uri("/api/things").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/things")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Sign in"));
    }

    @Test
    void rejects_every_forged_or_unacceptable_token_with_401() {
        TestTokens.forged().forEach((kind, token) -> http.get().uri("/api/things")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).exchange()
                .expectStatus().value(status -> assertThat(status).as(kind).isEqualTo(401))
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).as(kind)
                        .startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:unauthenticated")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).as(kind).startsWith("Sign in again")));
    }

    @Test
    void accepts_a_token_within_the_clock_skew() {
        var issued = java.time.Instant.now().minusSeconds(600);
        String justExpired = TestTokens.withClaims(Map.of("iat", issued, "exp", java.time.Instant.now().minusSeconds(10)));

        call("GET", "/api/things", justExpired).expectStatus().isOk();
    }

    @Test
    void refuses_a_token_without_expiry() {
        call("GET", "/api/things", TestTokens.withClaims(java.util.Collections.singletonMap("exp", null)))
                .expectStatus().isUnauthorized();
    }

    @Test
    void tells_the_caller_the_identity_from_the_token() {
        call("GET", "/api/things", TestTokens.moderator()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo(TestTokens.MODERATOR_ID.toString())
                .jsonPath("$.roles[0]").isEqualTo("moderator")
                .jsonPath("$.email").isEqualTo("moderator@example.com")
                .jsonPath("$.name").isEqualTo("Mo Moderator");
    }

    @Test
    void denies_a_moderator_an_admin_write_with_403_problem_naming_the_role() {
        call("POST", "/api/things", TestTokens.moderator())
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        value -> assertThat(value).startsWith("Bearer error=\"insufficient_scope\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.instance").isEqualTo("/api/things")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Your role (moderator) may not call POST /api/things."));
    }

    @Test
    void lets_admins_write_and_makes_them_the_actor_of_events() {
        call("POST", "/api/things", TestTokens.admin()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.type").isEqualTo("admin")
                .jsonPath("$.id").isEqualTo(TestTokens.ADMIN_ID.toString());
    }

    @Test
    void keeps_admin_keys_to_super_admins() {
        call("GET", "/api/keys", TestTokens.admin()).expectStatus().isForbidden();
        call("GET", "/api/keys", TestTokens.superAdmin()).expectStatus().isOk();
    }

    @Test
    void lets_a_partner_read_with_the_right_scope_as_its_reseller() {
        UUID reseller = UUID.randomUUID();

        call("GET", "/api/orders", TestTokens.partner(reseller, "orders:read")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.reseller").isEqualTo(reseller.toString())
                .jsonPath("$.actor.type").isEqualTo("reseller")
                .jsonPath("$.actor.id").isEqualTo(reseller.toString());
        call("GET", "/api/orders", TestTokens.partner(reseller, "clients:read")).expectStatus().isForbidden();
        call("GET", "/api/things", TestTokens.partner(reseller, "orders:read")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Your role (partner) may not call GET /api/things."));
    }

    @Test
    void denies_a_partner_token_without_reseller_id_even_with_the_scope() {
        String token = TestTokens.withClaims(Map.of("sub", "client-x", "roles", List.of("partner"), "scope", "orders:read"));

        call("GET", "/api/orders", token).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void ignores_roles_that_are_not_ours() {
        call("GET", "/api/things", TestTokens.withRoles("root", "ADMIN", "Super_Admin")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Your access token grants no role"));
    }

    @Test
    void maps_keycloak_realm_roles_to_ours_and_drops_the_rest() {
        String admin = keycloakToken(List.of("simadmin-admin", "offline_access"));
        String viewer = keycloakToken(List.of("simadmin-viewer"));

        call("POST", "/api/things", admin).expectStatus().isOk();
        call("GET", "/api/things", viewer).expectStatus().isOk().expectBody().jsonPath("$.roles[0]").isEqualTo("moderator");
        call("POST", "/api/things", viewer).expectStatus().isForbidden();
        // Keycloak's own claim name is not read for this issuer: a "roles" claim there grants nothing.
        call("GET", "/api/things", TestTokens.withClaims(Map.of("iss", KEYCLOAK, "roles", List.of("admin"))))
                .expectStatus().isForbidden();
    }

    @Test
    void fetches_keys_of_an_lb_issuer_through_the_load_balancer() {
        call("GET", "/api/things", TestTokens.withClaims(Map.of("iss", BALANCED))).expectStatus().isOk();
    }

    @Test
    void caches_the_keys_instead_of_fetching_them_per_request() {
        call("GET", "/api/things", TestTokens.admin()).expectStatus().isOk();
        int fetches = TestTokens.jwksRequests();

        for (int i = 0; i < 20; i++) {
            call("GET", "/api/things", TestTokens.admin()).expectStatus().isOk();
            call("GET", "/api/things", TestTokens.signedByUnknownKey()).expectStatus().isUnauthorized();
        }

        assertThat(TestTokens.jwksRequests()).isEqualTo(fetches);
    }

    @Test
    void does_not_refetch_keys_for_every_token_with_a_made_up_key_id() {
        call("GET", "/api/things", TestTokens.admin()).expectStatus().isOk();
        int fetches = TestTokens.jwksRequests();

        for (int i = 0; i < 10; i++) {
            String unknownKid = TestTokens.withClaims(Map.of()).replaceFirst("^[^.]+", java.util.Base64.getUrlEncoder()
                    .withoutPadding().encodeToString(("{\"alg\":\"RS256\",\"kid\":\"k" + i + "\"}").getBytes()));
            call("GET", "/api/things", unknownKid).expectStatus().isUnauthorized();
        }

        assertThat(TestTokens.jwksRequests() - fetches).isLessThanOrEqualTo(1);
    }

    @Test
    void leaves_health_info_and_api_docs_open() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().value(s -> assertThat(s).isNotIn(401, 403));
        http.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void keeps_no_session_and_needs_no_csrf_token() {
        call("POST", "/api/things", TestTokens.admin()).expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void answers_an_unknown_path_with_401_before_any_routing_detail() {
        http.get().uri("/api/nothing-here").exchange().expectStatus().isUnauthorized();
    }

    private static String keycloakToken(List<String> realmRoles) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("iss", KEYCLOAK);
        claims.put("roles", null);
        claims.put("realm_access", Map.of("roles", realmRoles));
        return TestTokens.withClaims(claims);
    }

    private RestTestClient.ResponseSpec call(String method, String path, String token) {
        return http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).exchange();
    }
}
