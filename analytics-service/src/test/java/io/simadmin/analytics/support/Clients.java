package io.simadmin.analytics.support;

import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import io.simadmin.events.reseller.ResellerClientSnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Client events as reseller-service writes them, for one client of one reseller. */
public record Clients(UUID id, UUID resellerId, String name) {

    public static Clients of(Resellers reseller, String name) {
        return new Clients(UUID.randomUUID(), reseller.id(), name);
    }

    public ResellerClientAdded added(String status, Instant at) {
        return new ResellerClientAdded(id, resellerId, snapshot(status), Resellers.ADMIN, at);
    }

    public ResellerClientChanged statusChanged(String from, String to, String reason, Instant at) {
        return new ResellerClientChanged(id, resellerId, snapshot(to), List.of("status"), from, reason,
                Resellers.ADMIN, at);
    }

    public ResellerClientChanged updated(String status, Instant at, String... changedFields) {
        return new ResellerClientChanged(id, resellerId, snapshot(status), List.of(changedFields), status, null,
                Resellers.ADMIN, at);
    }

    private ResellerClientSnapshot snapshot(String status) {
        return new ResellerClientSnapshot(name, "c-" + id + "@example.test", "+15550142", "prepaid-5gb", status,
                new BigDecimal("0.00"));
    }
}
