package io.simadmin.order.saga;

import java.util.UUID;

/**
 * A saga event names an order this service does not have. Every saga event answers an {@code OrderPlaced}, which
 * leaves only after its order committed (the outbox), so this is never a race to wait out: it is an event from
 * elsewhere or data lost here. The listener's error handler retries it, then parks it on the topic's dead-letter
 * topic, where it stays visible ({@code simadmin.consumer.dead_lettered}) and can be replayed.
 */
class UnknownOrderException extends RuntimeException {

    UnknownOrderException(String eventType, UUID orderId) {
        super(eventType + " names order " + orderId + ", which order-service does not have");
    }
}
