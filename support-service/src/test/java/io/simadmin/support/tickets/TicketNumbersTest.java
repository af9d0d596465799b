package io.simadmin.support.tickets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketNumbersTest {

    @Test
    void pads_the_counter_to_six_digits_after_the_year() {
        assertThat(TicketNumbers.format(2026, 123)).isEqualTo("TCK-2026-000123");
    }

    @Test
    void grows_past_six_digits_instead_of_wrapping() {
        assertThat(TicketNumbers.format(2027, 1_234_567)).isEqualTo("TCK-2027-1234567");
    }
}
