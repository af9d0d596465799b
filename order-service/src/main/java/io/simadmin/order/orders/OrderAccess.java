package io.simadmin.order.orders;

import io.simadmin.security.CurrentCaller;

import java.util.UUID;

/**
 * What the caller may reach: staff every order, a partner only its own reseller's (ADR 0006, checked here and not
 * only at the gateway); anyone else's orders answer 404, as if they did not exist.
 *
 * @param ownReseller the partner's reseller, or null for staff
 */
public record OrderAccess(UUID ownReseller) {

    public static final OrderAccess STAFF = new OrderAccess(null);

    public static OrderAccess current() {
        CurrentCaller caller = CurrentCaller.require();
        return caller.isPartner() ? new OrderAccess(caller.requireReseller()) : STAFF;
    }

    public boolean isPartner() {
        return ownReseller != null;
    }

    public boolean mayReach(SimOrder order) {
        return ownReseller == null || ownReseller.equals(order.resellerId());
    }

    public boolean mayReachReseller(UUID resellerId) {
        return ownReseller == null || ownReseller.equals(resellerId);
    }
}
