package io.simadmin.security;

import io.simadmin.security.SecurityProperties.TrustedIssuer;
import io.simadmin.security.jwt.JwksHttp;
import io.simadmin.security.jwt.JwtRoles;
import io.simadmin.security.jwt.TrustedIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.client.RestTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtRolesTest {

    private static final TrustedIssuer AUTH = new TrustedIssuer("simadmin-auth", "http://x/jwks", "simadmin-api", "roles", Map.of());

    @Test
    void grants_our_roles_and_the_scopes_of_a_token() {
        Jwt jwt = jwt(Map.of("roles", List.of("partner"), "scope", "orders:read  clients:write",
                "reseller_id", UUID.randomUUID().toString()));

        assertThat(authorities(new JwtRoles(AUTH), jwt))
                .containsExactly("ROLE_PARTNER", "SCOPE_orders:read", "SCOPE_clients:write");
    }

    @Test
    void drops_roles_that_are_not_ours_and_is_case_sensitive_about_it() {
        Jwt jwt = jwt(Map.of("roles", List.of("ADMIN", "root", "moderator", "moderator")));

        assertThat(authorities(new JwtRoles(AUTH), jwt)).containsExactly("ROLE_MODERATOR");
    }

    @Test
    void maps_nested_keycloak_roles_and_ignores_unmapped_ones() {
        TrustedIssuer keycloak = new TrustedIssuer("kc", "http://x/jwks", "simadmin-api", "realm_access.roles",
                Map.of("simadmin-super", "super_admin", "simadmin-odd", "janitor"));
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("simadmin-super", "simadmin-odd", "admin"))));

        assertThat(authorities(new JwtRoles(keycloak), jwt)).containsExactly("ROLE_SUPER_ADMIN");
    }

    @Test
    void reads_the_caller_from_a_partner_token() {
        UUID reseller = UUID.randomUUID();
        var token = new JwtRoles(AUTH).convert(jwt(Map.of("sub", "client-1", "roles", List.of("partner"),
                "scope", "orders:read", "reseller_id", reseller.toString())));

        CurrentCaller caller = CurrentCaller.of(token).orElseThrow();

        assertThat(caller.isPartner()).isTrue();
        assertThat(caller.isStaff()).isFalse();
        assertThat(caller.requireReseller()).isEqualTo(reseller);
        assertThat(caller.scopes()).containsExactly("orders:read");
        assertThat(caller.subject()).isEqualTo("client-1");
    }

    @Test
    void refuses_to_start_with_an_issuer_without_keys_or_an_lb_location_without_a_balancer() {
        JwksHttp plainOnly = new JwksHttp(new RestTemplate(), null);

        assertThatThrownBy(() -> new TrustedIssuers(Map.of("auth", new TrustedIssuer("simadmin-auth", null,
                "simadmin-api", "roles", Map.of())), plainOnly))
                .hasMessageContaining("simadmin.security.issuers.auth.jwk-set-uri is required");
        assertThatThrownBy(() -> new TrustedIssuers(Map.of("auth", new TrustedIssuer("simadmin-auth",
                "lb://auth-service/api/auth/.well-known/jwks.json", "simadmin-api", "roles", Map.of())), plainOnly))
                .hasMessageContaining("needs Spring Cloud LoadBalancer");
    }

    private static List<String> authorities(JwtRoles roles, Jwt jwt) {
        return roles.convert(jwt).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
