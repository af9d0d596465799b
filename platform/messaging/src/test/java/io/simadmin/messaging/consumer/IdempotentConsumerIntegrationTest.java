package io.simadmin.messaging.consumer;

import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.reseller.ResellerRemoved;
import io.simadmin.messaging.MessagingTestApp;
import io.simadmin.test.SharedInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = MessagingTestApp.class, properties = "spring.application.name=messaging-test")
@ContextConfiguration(initializers = SharedInfrastructureInitializer.class)
class IdempotentConsumerIntegrationTest {

    @Autowired
    IdempotentConsumer consumer;

    private final EventEnvelope event = new EventEnvelope(UUID.randomUUID(), "reseller.removed.v1", "/test",
            Instant.now(), "r-1", null, new ResellerRemoved(UUID.randomUUID(), "Acme", true, Actor.system(), Instant.now()));

    @Test
    void applies_an_event_delivered_twice_only_once() {
        AtomicInteger effects = new AtomicInteger();

        boolean first = consumer.process("test.counter", event, e -> effects.incrementAndGet());
        boolean second = consumer.process("test.counter", event, e -> effects.incrementAndGet());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(effects).hasValue(1);
    }

    @Test
    void lets_each_consumer_apply_the_same_event_once() {
        AtomicInteger effects = new AtomicInteger();

        consumer.process("test.a", event, e -> effects.incrementAndGet());
        consumer.process("test.b", event, e -> effects.incrementAndGet());

        assertThat(effects).hasValue(2);
    }

    @Test
    void forgets_an_event_whose_effect_failed_so_a_retry_can_apply_it() {
        EventEnvelope failing = new EventEnvelope(UUID.randomUUID(), event.type(), event.source(), event.time(),
                event.subject(), null, event.payload());
        AtomicInteger effects = new AtomicInteger();

        assertThatThrownBy(() -> consumer.process("test.retry", failing, e -> {
            throw new IllegalStateException("database hiccup");
        })).isInstanceOf(IllegalStateException.class);
        boolean retried = consumer.process("test.retry", failing, e -> effects.incrementAndGet());

        assertThat(retried).isTrue();
        assertThat(effects).hasValue(1);
    }
}
