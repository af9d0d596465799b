package io.simadmin.security.jwt;

import io.simadmin.security.Roles;
import io.simadmin.security.SecurityProperties.TrustedIssuer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a verified token of one issuer into authorities: {@code ROLE_*} for our roles found in its roles claim
 * (after the issuer's role mapping) and {@code SCOPE_*} for each entry of {@code scope}. Roles that are not ours
 * are dropped, so a Keycloak realm's own roles never leak into our checks.
 */
public final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final String SCOPE_CLAIM = "scope";

    private final String[] rolesClaimPath;
    private final Map<String, String> roleMapping;

    public JwtRoles(TrustedIssuer issuer) {
        this.rolesClaimPath = issuer.rolesClaim().split("\\.");
        this.roleMapping = issuer.roleMapping();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String role : roles(jwt)) {
            authorities.add(new SimpleGrantedAuthority(Roles.authority(role)));
        }
        for (String scope : scopes(jwt)) {
            authorities.add(new SimpleGrantedAuthority(Roles.scopeAuthority(scope)));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** Our role names in the token, in token order. */
    List<String> roles(Jwt jwt) {
        List<String> ours = new ArrayList<>();
        for (String raw : strings(claimAt(jwt.getClaims(), rolesClaimPath))) {
            String role = roleMapping.isEmpty() ? raw : roleMapping.get(raw);
            if (role != null && Roles.isKnown(role) && !ours.contains(role)) {
                ours.add(role);
            }
        }
        return ours;
    }

    private static List<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get(SCOPE_CLAIM);
        if (scope instanceof String text) {
            return List.of(text.trim().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
        }
        return strings(scope);
    }

    private static Object claimAt(Map<String, Object> claims, String[] path) {
        Object current = claims;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    private static List<String> strings(Object value) {
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
