package io.simadmin.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who calls, as the token says (ADR 0006): for audit lines, event actors and ownership checks.
 *
 * @param subject    {@code sub}: the admin's id, or the partner's client id
 * @param roles      our role names ({@code super_admin}, {@code admin}, {@code moderator}, {@code partner})
 * @param email      admins' {@code email} claim, else null
 * @param name       admins' {@code name} claim, else null
 * @param resellerId partners' {@code reseller_id} claim, else null
 * @param scopes     the {@code scope} claim's entries (partners)
 */
public record CurrentCaller(String subject, Set<String> roles, String email, String name, UUID resellerId,
                            Set<String> scopes) {

    public static final String EMAIL_CLAIM = "email";
    public static final String NAME_CLAIM = "name";
    public static final String RESELLER_ID_CLAIM = "reseller_id";

    public CurrentCaller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** The caller of the current request, if it was authenticated. */
    public static Optional<CurrentCaller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The caller of the current request; a 401 when there is none (only reachable on open paths). */
    public static CurrentCaller require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no authenticated caller"));
    }

    static Optional<CurrentCaller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        Set<String> scopes = new LinkedHashSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            String role = Roles.fromAuthority(authority);
            if (role != null) {
                roles.add(role);
            } else if (authority != null && authority.startsWith(Roles.SCOPE_PREFIX)) {
                scopes.add(authority.substring(Roles.SCOPE_PREFIX.length()));
            }
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            return Optional.of(new CurrentCaller(jwt.getSubject(), roles, jwt.getClaimAsString(EMAIL_CLAIM),
                    jwt.getClaimAsString(NAME_CLAIM), uuid(jwt.getClaimAsString(RESELLER_ID_CLAIM)), scopes));
        }
        return Optional.of(new CurrentCaller(authentication.getName(), roles, null, null, null, scopes));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** A reseller's system calling with client credentials; it may only reach its own reseller's rows. */
    public boolean isPartner() {
        return hasRole(Roles.PARTNER);
    }

    /** Someone using the admin panel (super admin, admin or moderator). */
    public boolean isStaff() {
        return Roles.STAFF.stream().anyMatch(roles::contains);
    }

    /**
     * The reseller a partner acts for. A partner token without a usable {@code reseller_id} reaches nothing:
     * answering 403 is safer than treating it as "all resellers".
     */
    public UUID requireReseller() {
        if (resellerId == null) {
            throw new AccessDeniedException("The access token names no reseller (reseller_id); ask for new API credentials.");
        }
        return resellerId;
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
