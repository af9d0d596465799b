package io.simadmin.order.projections;

import io.simadmin.events.Actor;
import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.events.reseller.ResellerClientAdded;
import io.simadmin.events.reseller.ResellerRegistered;
import io.simadmin.events.reseller.ResellerStatusChanged;
import io.simadmin.events.user.UserRegistered;
import io.simadmin.events.user.UserStatusChanged;
import io.simadmin.events.user.UserUpdated;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.order.Parties;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.simadmin.order.Events.envelope;
import static io.simadmin.order.Events.now;
import static io.simadmin.order.Events.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read-only projections of users, resellers and clients, fed from their topics. */
@IntegrationTest
class ProjectionIntegrationTest {

    @Autowired
    UserRefs users;

    @Autowired
    ResellerRefs resellers;

    @Autowired
    ClientRefs clients;

    @Autowired
    UserProjection userProjection;

    @Test
    void learns_users_resellers_and_clients_from_their_topics() {
        UUID user = UuidV7.next();
        UUID reseller = UuidV7.next();
        UUID client = UuidV7.next();

        publish(envelope(new UserRegistered(user, Parties.userSnapshot("Kofi Mensah", "+233 20 000 0001",
                "pending_verification"), Actor.system(), now())));
        publish(envelope(new ResellerRegistered(reseller, Parties.resellerSnapshot("active"), Actor.system(), now())));
        publish(envelope(new ResellerClientAdded(client, reseller, Parties.clientSnapshot("Ama Client",
                "+233 20 000 0002", "active"), Actor.system(), now())));
        publish(envelope(new ResellerStatusChanged(reseller, "Credit Ltd", "active", "suspended", "unpaid",
                Actor.system(), now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(users.find(user)).hasValueSatisfying(u -> {
                assertThat(u.fullName()).isEqualTo("Kofi Mensah");
                assertThat(u.phone()).isEqualTo("+233 20 000 0001");
                assertThat(u.blocked()).isFalse();
            });
            assertThat(clients.find(client)).hasValueSatisfying(c -> {
                assertThat(c.resellerId()).isEqualTo(reseller);
                assertThat(c.active()).isTrue();
            });
            assertThat(resellers.find(reseller)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("suspended"));
        });
    }

    @Test
    void an_older_event_arriving_late_does_not_overwrite_a_newer_state() {
        UUID user = UuidV7.next();
        Instant t0 = now();
        userProjection.handle(envelope(new UserRegistered(user, Parties.userSnapshot("Kofi", "+233 1", "active"),
                Actor.system(), t0)));
        userProjection.handle(envelope(new UserStatusChanged(user, "Kofi", "active", "blocked", "fraud",
                Actor.system(), t0.plusSeconds(2))));

        userProjection.handle(envelope(new UserUpdated(user, Parties.userSnapshot("Kofi Old", "+233 1", "active"),
                List.of("fullName"), Actor.system(), t0.plusSeconds(1))));

        assertThat(users.find(user)).hasValueSatisfying(u -> {
            assertThat(u.blocked()).isTrue();
            assertThat(u.fullName()).isEqualTo("Kofi");
        });
    }

    @Test
    void skips_an_event_type_it_does_not_know_and_keeps_reading_the_partition() {
        UUID user = UuidV7.next();
        ProducerRecord<String, String> unknown = new ProducerRecord<>(Topics.USERS, user.toString(), "{\"x\":1}");
        unknown.headers().add(EventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        unknown.headers().add(EventHeaders.TYPE, "user.teleported.v9".getBytes(StandardCharsets.UTF_8));
        unknown.headers().add(EventHeaders.SOURCE, "/user-service".getBytes(StandardCharsets.UTF_8));
        unknown.headers().add(EventHeaders.TIME, now().toString().getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(unknown);
            producer.flush();
        }
        publish(envelope(new UserRegistered(user, Parties.userSnapshot("Next In Line", "+233 2", "active"),
                Actor.system(), now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(users.find(user)).isPresent());
    }
}
