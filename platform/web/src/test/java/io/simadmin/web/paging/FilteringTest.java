package io.simadmin.web.paging;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FilteringTest {

    @Test
    void one_indexed_condition_counts_to_ten_thousand_and_a_search_or_two_conditions_to_a_thousand() {
        assertThat(Filtering.of(0, false)).isEqualTo(Filtering.NONE);
        assertThat(Filtering.of(1, false).countCap()).isEqualTo(10_000);
        assertThat(Filtering.of(1, true).countCap()).isEqualTo(1_000);
        assertThat(Filtering.of(2, false).countCap()).isEqualTo(1_000);
    }

    @Test
    void counts_only_the_values_that_are_set() {
        assertThat(Filtering.countSet(null, "", "  ", "active", UUID.randomUUID())).isEqualTo(2);
    }
}
