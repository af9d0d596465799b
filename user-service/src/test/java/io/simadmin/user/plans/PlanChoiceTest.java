package io.simadmin.user.plans;

import io.simadmin.events.Actor;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.user.plans.UserPlanListener.PlanChoice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlanChoiceTest {

    private static final UUID USER = UUID.randomUUID();
    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void of_two_orders_of_a_user_the_later_sets_the_plan_whichever_comes_first() {
        PlanChoice early = new PlanChoice(USER, "Starter 5", Timestamp.from(NOON));
        PlanChoice late = new PlanChoice(USER, "Data 50", Timestamp.from(NOON.plusMillis(1)));

        assertThat(early.later(late)).isEqualTo(late);
        assertThat(late.later(early)).isEqualTo(late);
    }

    @Test
    void of_two_orders_as_old_the_first_read_keeps_the_plan_as_the_database_update_does() {
        PlanChoice first = new PlanChoice(USER, "Starter 5", Timestamp.from(NOON));
        PlanChoice second = new PlanChoice(USER, "Data 50", Timestamp.from(NOON));

        assertThat(first.later(second)).isEqualTo(first);
    }

    @Test
    void only_an_app_users_order_with_a_plan_name_carries_a_plan() {
        assertThat(PlanChoice.of(placed(USER, "Data 50"))).contains(new PlanChoice(USER, "Data 50",
                Timestamp.from(NOON)));
        assertThat(PlanChoice.of(placed(null, "Data 50"))).isEmpty();
        assertThat(PlanChoice.of(placed(USER, null))).isEmpty();
    }

    private static OrderPlaced placed(UUID userId, String plan) {
        return new OrderPlaced(UUID.randomUUID(), "ORD-2026-000001", userId == null ? OrderPlaced.RESELLER
                : OrderPlaced.APP, userId, null, null, UUID.randomUUID(), plan, new BigDecimal("30.00"), "USD", "card",
                null, new Actor(Actor.PUBLIC_USER, "someone", null, null), NOON);
    }
}
