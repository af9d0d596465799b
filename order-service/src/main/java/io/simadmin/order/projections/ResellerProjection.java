package io.simadmin.order.projections;

import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerClientChanged;
import io.simadmin.events.reseller.ResellerClientSnapshot;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.reseller.ResellerUpdated;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps {@code reseller_ref} and {@code client_ref} in step with reseller-service: whether a reseller and its
 * clients may order, and the client's name and phone for search. The credit events of the same topic belong to the
 * saga, not here.
 */
@Component
public class ResellerProjection {

    static final String CONSUMER = "order.reseller-projection";

    private final IdempotentConsumer idempotentConsumer;
    private final ResellerRefs resellers;
    private final ClientRefs clients;

    ResellerProjection(IdempotentConsumer idempotentConsumer, ResellerRefs resellers, ClientRefs clients) {
        this.idempotentConsumer = idempotentConsumer;
        this.resellers = resellers;
        this.clients = clients;
    }

    /** Whether the event is one this projection keeps (so the caller need not route it elsewhere). */
    public boolean handles(EventEnvelope event) {
        return switch (event.payload()) {
            case ResellerRegistered e -> true;
            case ResellerUpdated e -> true;
            case ResellerStatusChanged e -> true;
            case ResellerRemoved e -> true;
            case ResellerClientAdded e -> true;
            case ResellerClientChanged e -> true;
            default -> false;
        };
    }

    /** @return whether the event changed anything here (false for others' events and repeats) */
    public boolean handle(EventEnvelope event) {
        if (!handles(event)) {
            return false;
        }
        return idempotentConsumer.process(CONSUMER, event, x -> apply(x));
    }

    private void apply(EventEnvelope event) {
        switch (event.payload()) {
            case ResellerRegistered e ->
                    resellers.upsert(e.resellerId(), e.reseller().businessName(), e.reseller().status(), e.occurredAt());
            case ResellerUpdated e ->
                    resellers.upsert(e.resellerId(), e.reseller().businessName(), e.reseller().status(), e.occurredAt());
            case ResellerStatusChanged e ->
                    resellers.upsert(e.resellerId(), e.businessName(), e.status(), e.occurredAt());
            case ResellerRemoved e -> resellers.markDeleted(e.resellerId(), e.businessName(), e.occurredAt());
            case ResellerClientAdded e -> client(e.clientId(), e.resellerId(), e.client(), e.occurredAt());
            case ResellerClientChanged e -> client(e.clientId(), e.resellerId(), e.client(), e.occurredAt());
            default -> throw new IllegalArgumentException(event.type() + " is not a reseller or client event");
        }
    }

    private void client(UUID id, UUID resellerId, ResellerClientSnapshot c, Instant at) {
        clients.upsert(id, resellerId, c.clientName(), c.clientPhone(), c.status(), c.monthlyLimit(), at);
    }
}
