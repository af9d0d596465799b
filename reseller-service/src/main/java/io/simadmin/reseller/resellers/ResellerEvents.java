package io.simadmin.reseller.resellers;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the events that tell the suite what happened to a reseller. */
final class ResellerEvents {

    private ResellerEvents() {
    }

    static ResellerRegistered registered(Reseller reseller, Actor actor, Instant at) {
        return new ResellerRegistered(reseller.id(), snapshot(reseller), actor, at);
    }

    static ResellerUpdated updated(Reseller reseller, List<String> changedFields, Actor actor, Instant at) {
        return new ResellerUpdated(reseller.id(), snapshot(reseller), changedFields, actor, at);
    }

    static ResellerStatusChanged statusChanged(Reseller reseller, ResellerStatus previous, String reason, Actor actor,
                                               Instant at) {
        return new ResellerStatusChanged(reseller.id(), reseller.details().businessName(), previous.value(),
                reseller.status().value(), reason, actor, at);
    }

    static ResellerRemoved removed(Reseller reseller, boolean purged, Actor actor, Instant at) {
        return new ResellerRemoved(reseller.id(), reseller.details().businessName(), purged, actor, at);
    }

    /** The API names of the fields whose values differ, in a stable order. */
    static List<String> changedFields(ResellerDetails before, ResellerDetails after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "businessName", before.businessName(), after.businessName());
        compare(changed, "contactPerson", before.contactPerson(), after.contactPerson());
        compare(changed, "email", before.email(), after.email());
        compare(changed, "phone", before.phone(), after.phone());
        compare(changed, "address", before.address(), after.address());
        compare(changed, "city", before.city(), after.city());
        compare(changed, "state", before.state(), after.state());
        compare(changed, "country", before.country(), after.country());
        compare(changed, "creditLimit", before.creditLimit(), after.creditLimit());
        compare(changed, "commissionRate", before.commissionRate(), after.commissionRate());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        boolean same = before instanceof java.math.BigDecimal a && after instanceof java.math.BigDecimal b
                ? a.compareTo(b) == 0 : Objects.equals(before, after);
        if (!same) {
            changed.add(name);
        }
    }

    private static ResellerSnapshot snapshot(Reseller reseller) {
        ResellerDetails d = reseller.details();
        return new ResellerSnapshot(d.businessName(), d.contactPerson(), d.email(), d.phone(), d.city(), d.state(),
                d.country(), reseller.status().value(), d.creditLimit(), d.commissionRate());
    }
}
