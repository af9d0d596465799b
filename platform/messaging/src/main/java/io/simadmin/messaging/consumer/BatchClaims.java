package io.simadmin.messaging.consumer;

import java.util.LinkedHashSet;
import java.util.SequencedSet;
import java.util.UUID;

/**
 * The events a {@link BatchedConsumer} batch on this thread has applied, per consumer name, whose processed-event
 * rows {@link IdempotentConsumer} writes together just before the batch commits: one statement per poll instead of
 * one per record. The rows are plain inserts, so an event some other transaction recorded in the meantime (a
 * redelivery, a rebalanced partition) fails the batch, which is then applied again one record at a time with a claim
 * before each effect.
 */
final class BatchClaims {

    private static final ThreadLocal<SequencedSet<Claim>> OPEN = new ThreadLocal<>();

    private BatchClaims() {
    }

    record Claim(String consumer, UUID eventId) {
    }

    static void open() {
        OPEN.set(new LinkedHashSet<>());
    }

    static boolean isOpen() {
        return OPEN.get() != null;
    }

    /** @return false if this batch has already applied the event for this consumer (a record repeated in one poll) */
    static boolean add(String consumer, UUID eventId) {
        return OPEN.get().add(new Claim(consumer, eventId));
    }

    /** @return the batch's claims, which it stops collecting */
    static SequencedSet<Claim> close() {
        SequencedSet<Claim> claims = OPEN.get();
        OPEN.remove();
        return claims == null ? new LinkedHashSet<>() : claims;
    }
}
