package io.simadmin.security;

import java.util.List;
import java.util.Locale;

/**
 * Our role names as tokens carry them ({@code roles} claim, ADR 0006) and as Spring Security authorities
 * ({@code ROLE_SUPER_ADMIN}, ...). Expressions in {@code @PreAuthorize} use the upper-case names.
 */
public final class Roles {

    public static final String SUPER_ADMIN = "super_admin";
    public static final String ADMIN = "admin";
    public static final String MODERATOR = "moderator";
    public static final String PARTNER = "partner";

    /** Every role a token may grant; anything else in a token is ignored. */
    public static final List<String> ALL = List.of(SUPER_ADMIN, ADMIN, MODERATOR, PARTNER);

    /** The people who use the admin panel (partners are systems of resellers). */
    public static final List<String> STAFF = List.of(SUPER_ADMIN, ADMIN, MODERATOR);

    static final String ROLE_PREFIX = "ROLE_";
    static final String SCOPE_PREFIX = "SCOPE_";

    private Roles() {
    }

    /** {@code super_admin} → {@code ROLE_SUPER_ADMIN}. */
    public static String authority(String role) {
        return ROLE_PREFIX + role.toUpperCase(Locale.ROOT);
    }

    /** {@code orders:read} → {@code SCOPE_orders:read}. */
    public static String scopeAuthority(String scope) {
        return SCOPE_PREFIX + scope;
    }

    /** True for the roles of {@link #ALL}, case as tokens carry them. */
    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }

    /** {@code ROLE_SUPER_ADMIN} → {@code super_admin}, or null for an authority that is no role of ours. */
    static String fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(ROLE_PREFIX)) {
            return null;
        }
        String role = authority.substring(ROLE_PREFIX.length()).toLowerCase(Locale.ROOT);
        return isKnown(role) ? role : null;
    }
}
