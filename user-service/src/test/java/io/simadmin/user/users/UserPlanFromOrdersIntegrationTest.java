package io.simadmin.user.users;

import io.simadmin.events.Actor;
import io.simadmin.events.EventEnvelope;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.test.TestEvents;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The users list's plan filter follows the user's latest app order, read from order-service's events. */
class UserPlanFromOrdersIntegrationTest extends UserIntegrationTestBase {

    @Test
    void the_plan_of_the_latest_order_becomes_the_users_plan_and_an_older_order_read_late_does_not_replace_it() {
        String name = "Plan Follower " + UUID.randomUUID().toString().substring(0, 8);
        UUID userId = UUID.fromString(registerId(UserFixtures.body(name)));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        TestEvents.publish(order(userId, "Unlimited 30", now));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(plan(userId)).isEqualTo("Unlimited 30"));

        TestEvents.publish(order(userId, "Starter 5", now.minusSeconds(60)));
        EventEnvelope newest = order(userId, "Data 50", now.plusSeconds(60));
        TestEvents.publish(newest);
        TestEvents.publish(newest);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(plan(userId)).isEqualTo("Data 50"));
        assertThat(rows("select count(*) from messaging.processed_event where event_id = ?", newest.id()))
                .isEqualTo(1);

        http.get().uri("/api/users/?plan=data 50&q=" + name).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].currentPlan").isEqualTo("Data 50");
    }

    private String plan(UUID userId) {
        return jdbc.queryForObject("select current_plan from public_user where id = ?", String.class, userId);
    }

    private static EventEnvelope order(UUID userId, String plan, Instant at) {
        UUID orderId = UUID.randomUUID();
        return TestEvents.envelope(new OrderPlaced(orderId, "ORD-2026-" + orderId.toString().substring(30),
                OrderPlaced.APP, userId, null, null, UUID.randomUUID(), plan, new BigDecimal("30.00"), "USD", "card",
                null, new Actor(Actor.PUBLIC_USER, userId.toString(), null, null), at), "/order-service");
    }
}
