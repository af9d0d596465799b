package io.simadmin.reseller.clients;

import io.simadmin.security.CurrentCaller;
import io.simadmin.security.Roles;

import java.util.UUID;

/**
 * What the caller may reach: staff every client, a partner only its own reseller's (ADR 0006, checked here and not
 * only at the gateway). Only admins set monthly limits and suspend or reinstate clients.
 *
 * @param ownReseller the partner's reseller, or null for staff
 * @param admin       super admin or admin
 */
record ClientAccess(UUID ownReseller, boolean admin) {

    static ClientAccess of(CurrentCaller caller) {
        if (caller.isPartner()) {
            return new ClientAccess(caller.requireReseller(), false);
        }
        return new ClientAccess(null, caller.hasRole(Roles.SUPER_ADMIN) || caller.hasRole(Roles.ADMIN));
    }

    boolean isPartner() {
        return ownReseller != null;
    }

    boolean mayReach(UUID resellerId) {
        return ownReseller == null || ownReseller.equals(resellerId);
    }
}
