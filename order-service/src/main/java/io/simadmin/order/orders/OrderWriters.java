package io.simadmin.order.orders;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Placing and editing orders: super admins and admins, or a partner with {@code orders:write} for its own
 * reseller's orders (checked in {@link OrderService}). Moderators do not place orders (ADR 0006).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPER_ADMIN', 'ADMIN') or (hasRole('PARTNER') and hasAuthority('SCOPE_orders:write'))")
@interface OrderWriters {
}
