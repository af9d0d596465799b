package io.simadmin.analytics.support;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reseller events as reseller-service writes them, for one reseller. */
public record Resellers(UUID id, String name) {

    public static final Actor ADMIN = new Actor(Actor.ADMIN, null, "203.0.113.9", "integration-test");

    public static Resellers any(String name) {
        return new Resellers(UUID.randomUUID(), name);
    }

    public ResellerRegistered registered(String status, Instant at) {
        return new ResellerRegistered(id, snapshot(status), ADMIN, at);
    }

    public ResellerUpdated updated(String status, Instant at, String... changedFields) {
        return new ResellerUpdated(id, snapshot(status), List.of(changedFields), ADMIN, at);
    }

    public ResellerStatusChanged statusChanged(String from, String to, String reason, Instant at) {
        return new ResellerStatusChanged(id, name, from, to, reason, ADMIN, at);
    }

    public ResellerRemoved removed(Instant at) {
        return new ResellerRemoved(id, name, false, ADMIN, at);
    }

    private ResellerSnapshot snapshot(String status) {
        return new ResellerSnapshot(name, "Ann Lee", "ann@" + id + ".test", "+15550100", "Austin", "TX", "US",
                status, new BigDecimal("1000.00"), new BigDecimal("5.00"));
    }
}
