package io.simadmin.order.orders;

import io.simadmin.web.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderCursorTest {

    @Test
    void survives_a_round_trip_to_the_microsecond() {
        OrderCursor cursor = new OrderCursor(Instant.parse("2026-11-26T10:15:30.123456Z"), UUID.randomUUID());

        assertThat(OrderCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refuses_anything_that_is_not_a_cursor_of_ours() {
        assertThat(OrderCursor.parse(" ")).isNull();
        assertThatThrownBy(() -> OrderCursor.parse("not-a-cursor")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> OrderCursor.parse("MTIz")).isInstanceOf(InvalidRequestException.class);
    }
}
