package io.simadmin.analytics.support;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerCreditAdjusted;
import io.simadmin.events.reseller.ResellerCreditRejected;
import io.simadmin.events.reseller.ResellerCreditReleased;
import io.simadmin.events.reseller.ResellerCreditReserved;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerSnapshot;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reseller and credit events as reseller-service writes them, for one reseller. */
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

    public ResellerCreditReserved creditReserved(Orders order, String amount, String balanceAfter, Instant at) {
        return new ResellerCreditReserved(id, order.id(), order.number(), null, new BigDecimal(amount),
                new BigDecimal(balanceAfter), new BigDecimal("1000.00"), Actor.system(), at);
    }

    public ResellerCreditReleased creditReleased(Orders order, String amount, String balanceAfter, Instant at) {
        return new ResellerCreditReleased(id, order.id(), null, new BigDecimal(amount), new BigDecimal(balanceAfter),
                Actor.system(), at);
    }

    public ResellerCreditAdjusted creditAdjusted(String amount, String balanceAfter, String reason, Instant at) {
        return new ResellerCreditAdjusted(id, UUID.randomUUID(), new BigDecimal(amount), new BigDecimal(balanceAfter),
                reason, ADMIN, at);
    }

    public ResellerCreditRejected creditRejected(Orders order, String amount, String reason, Instant at) {
        return new ResellerCreditRejected(id, order.id(), order.number(), null, new BigDecimal(amount),
                ResellerCreditRejected.CREDIT_LIMIT_EXCEEDED, reason, Actor.system(), at);
    }

    private ResellerSnapshot snapshot(String status) {
        return new ResellerSnapshot(name, "Ann Lee", "ann@" + id + ".test", "+15550100", "Austin", "TX", "US",
                status, new BigDecimal("1000.00"), new BigDecimal("5.00"));
    }
}
