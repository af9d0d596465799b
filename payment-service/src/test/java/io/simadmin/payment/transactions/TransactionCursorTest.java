package io.simadmin.payment.transactions;

import io.simadmin.web.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionCursorTest {

    @Test
    void a_cursor_survives_its_round_trip_to_the_microsecond() {
        TransactionCursor cursor = new TransactionCursor(Instant.parse("2026-11-26T10:15:30.123456Z"), UUID.randomUUID());

        assertThat(TransactionCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void no_cursor_is_the_first_page_and_garbage_is_a_400() {
        assertThat(TransactionCursor.parse(null)).isNull();
        assertThat(TransactionCursor.parse(" ")).isNull();
        assertThatThrownBy(() -> TransactionCursor.parse("not-a-cursor")).isInstanceOf(InvalidRequestException.class);
    }
}
