package io.simadmin.order.orders;

import org.junit.jupiter.api.Test;

import static io.simadmin.order.orders.OrderStatus.ACTIVATED;
import static io.simadmin.order.orders.OrderStatus.CANCELLED;
import static io.simadmin.order.orders.OrderStatus.CONFIRMED;
import static io.simadmin.order.orders.OrderStatus.DELIVERED;
import static io.simadmin.order.orders.OrderStatus.DISPATCHED;
import static io.simadmin.order.orders.OrderStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

class OrderStatusTest {

    @Test
    void moves_only_along_the_workflow_or_to_cancelled_before_delivery() {
        assertThat(PENDING.allowedValues()).containsExactly("confirmed", "cancelled");
        assertThat(CONFIRMED.allowedValues()).containsExactly("dispatched", "cancelled");
        assertThat(DISPATCHED.allowedValues()).containsExactly("delivered", "cancelled");
        assertThat(DELIVERED.allowedValues()).containsExactly("activated");
        assertThat(ACTIVATED.allowedNext()).isEmpty();
        assertThat(CANCELLED.allowedNext()).isEmpty();
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status + " to itself").isFalse();
            assertThat(status.canMoveTo(PENDING)).as(status + " back to pending").isFalse();
        }
    }

    @Test
    void reads_api_values_in_any_case() {
        assertThat(OrderStatus.fromValue(" Dispatched ")).contains(DISPATCHED);
        assertThat(OrderStatus.fromValue("lost")).isEmpty();
    }
}
