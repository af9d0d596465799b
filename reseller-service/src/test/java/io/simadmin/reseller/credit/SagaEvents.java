package io.simadmin.reseller.credit;

import io.simadmin.events.Actor;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.EventJson;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.events.order.OrderStatusChanged;
import io.simadmin.events.payment.CommissionAccrued;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.test.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Stands in for order-service and payment-service: builds their events and publishes them as they would (CloudEvents
 * binary mode on the shared broker), including the same event twice, as an at-least-once relay may.
 */
final class SagaEvents {

    private static final Actor PARTNER = new Actor(Actor.RESELLER, null, "203.0.113.7", "partner-api/1");

    private SagaEvents() {
    }

    static OrderPlaced resellerOrder(UUID resellerId, UUID clientId, String total) {
        UUID orderId = UuidV7.next();
        return new OrderPlaced(orderId, "ORD-2026-" + orderId.toString().substring(30), OrderPlaced.RESELLER, null,
                resellerId, clientId, UUID.randomUUID(), "Prepaid 30", new BigDecimal(total), "EUR", "reseller_credit", null, PARTNER, now());
    }

    static OrderPlaced appOrder(UUID userId, String total) {
        UUID orderId = UuidV7.next();
        return new OrderPlaced(orderId, "ORD-2026-" + orderId.toString().substring(30), OrderPlaced.APP, userId,
                null, null, UUID.randomUUID(), "Prepaid 30", new BigDecimal(total), "EUR", "card", null, PARTNER, now());
    }

    static OrderStatusChanged cancelled(OrderPlaced order) {
        return new OrderStatusChanged(order.orderId(), order.orderNumber(), "pending", "cancelled", "customer withdrew",
                Actor.system(), now());
    }

    static OrderStatusChanged confirmed(OrderPlaced order) {
        return new OrderStatusChanged(order.orderId(), order.orderNumber(), "pending", "confirmed", null,
                Actor.system(), now());
    }

    static CommissionAccrued commission(OrderPlaced order, String amount) {
        return new CommissionAccrued(order.orderId(), order.resellerId(), new BigDecimal(amount), "EUR",
                Actor.system(), now());
    }

    /** The event as a consumer receives it, with a fresh event id. */
    static EventEnvelope envelope(DomainEvent event) {
        return envelope(event, UuidV7.next());
    }

    static EventEnvelope envelope(DomainEvent event, UUID eventId) {
        return new EventEnvelope(eventId, EventCatalog.of(event.getClass()).type(), "/order-service",
                event.occurredAt(), event.aggregateId(), null, event);
    }

    /** Publishes the envelope to its topic and waits for the broker's acknowledgement. */
    static void publish(EventEnvelope envelope) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(envelope.topic(), envelope.subject(),
                    EventJson.write(envelope.payload()));
            header(record, EventHeaders.ID, envelope.id().toString());
            header(record, EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE);
            header(record, EventHeaders.TYPE, envelope.type());
            header(record, EventHeaders.SOURCE, envelope.source());
            header(record, EventHeaders.TIME, envelope.time().toString());
            header(record, EventHeaders.SUBJECT, envelope.subject());
            header(record, EventHeaders.CONTENT_TYPE, EventHeaders.JSON);
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
