package io.simadmin.analytics.ingest;

import io.simadmin.analytics.sales.MoneyMovement;
import io.simadmin.events.EventEnvelope;
import io.simadmin.messaging.consumer.MalformedEventException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What the money projections share: checking an amount, and the UTC day a movement counts on. */
final class Amounts {

    private Amounts() {
    }

    /** An amount is required and never negative; an event without one can never be counted, so retrying is no use. */
    static BigDecimal amount(EventEnvelope event, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type() + ") carries "
                    + (amount == null ? "no amount" : "a negative amount"), null);
        }
        return amount;
    }

    static LocalDate day(MoneyMovement movement) {
        return LocalDate.ofInstant(movement.occurredAt(), ZoneOffset.UTC);
    }
}
