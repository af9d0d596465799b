package io.simadmin.reseller.clients;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import io.simadmin.events.reseller.ResellerClientSnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the events that tell the suite what happened to a reseller's client. */
final class ClientEvents {

    private ClientEvents() {
    }

    static ResellerClientAdded added(ResellerClient client, Actor actor, Instant at) {
        return new ResellerClientAdded(client.id(), client.resellerId(), snapshot(client), actor, at);
    }

    static ResellerClientChanged changed(ResellerClient client, List<String> changedFields, ClientStatus previous,
                                         String reason, Actor actor, Instant at) {
        return new ResellerClientChanged(client.id(), client.resellerId(), snapshot(client), changedFields,
                previous.value(), reason, actor, at);
    }

    /** The API names of the fields whose values differ, in a stable order. */
    static List<String> changedFields(ClientDetails before, ClientDetails after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "clientName", before.clientName(), after.clientName());
        compare(changed, "clientEmail", before.clientEmail(), after.clientEmail());
        compare(changed, "clientPhone", before.clientPhone(), after.clientPhone());
        compare(changed, "planType", before.planType(), after.planType());
        compare(changed, "monthlyLimit", before.monthlyLimit(), after.monthlyLimit());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b
                ? a.compareTo(b) == 0 : Objects.equals(before, after);
        if (!same) {
            changed.add(name);
        }
    }

    private static ResellerClientSnapshot snapshot(ResellerClient client) {
        ClientDetails d = client.details();
        return new ResellerClientSnapshot(d.clientName(), d.clientEmail(), d.clientPhone(), d.planType(),
                client.status().value(), d.monthlyLimit());
    }
}
