package io.simadmin.payment.gateways;

import java.time.Instant;
import java.util.UUID;

/**
 * One call to a gateway that may move money, as recorded before it was made.
 *
 * @param failureCode for an attempt still in flight: why the last answer was unknown (e.g. gateway_timeout)
 */
public record Attempt(UUID id, UUID transactionId, Kind kind, String gateway, String idempotencyKey, State state,
                      String gatewayReference, String failureCode, String lastError, int checks, Instant startedAt) {

    public enum Kind {
        CHARGE, REFUND;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum State {
        IN_FLIGHT, SUCCEEDED, FAILED;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean inFlight() {
        return state == State.IN_FLIGHT;
    }
}
