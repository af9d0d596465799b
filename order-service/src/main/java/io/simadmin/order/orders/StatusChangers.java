package io.simadmin.order.orders;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Changing one order's status: every staff role (moderators change order status, ADR 0006), or a partner with
 * {@code orders:write}, which may only cancel its own reseller's orders (checked in {@link OrderService}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPER_ADMIN', 'ADMIN', 'MODERATOR') or (hasRole('PARTNER') and hasAuthority('SCOPE_orders:write'))")
@interface StatusChangers {
}
