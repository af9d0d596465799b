package io.simadmin.reseller.clients;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Changes to clients: super admins and admins, or a partner with {@code clients:write} for its own reseller's
 * clients (checked in {@link ClientService}). Moderators only read (ADR 0006).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPER_ADMIN', 'ADMIN') or (hasRole('PARTNER') and hasAuthority('SCOPE_clients:write'))")
@interface ClientWriters {
}
