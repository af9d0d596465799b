package io.simadmin.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads every admin-panel role may do and a partner may do with the given scope, e.g.
 * {@code @StaffOrPartnerWithScope("orders:read")}. The partner then still sees only its own reseller's rows:
 * the service checks that with {@link CurrentCaller#requireReseller()}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPER_ADMIN', 'ADMIN', 'MODERATOR') or (hasRole('PARTNER') and hasAuthority('SCOPE_{value}'))")
public @interface StaffOrPartnerWithScope {

    /** The scope a partner token must carry, e.g. {@code orders:read}. */
    String value();
}
