package io.simadmin.analytics.activity;

import io.simadmin.web.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityCursorTest {

    @Test
    void digits_are_an_activity_id() {
        assertThat(ActivityCursor.parse("before", "123")).isEqualTo(new ActivityCursor.BeforeActivity(123));
    }

    @Test
    void an_iso_instant_is_a_time_and_an_offset_is_normalised_to_utc() {
        assertThat(ActivityCursor.parse("before", "2026-01-31T12:00:00Z"))
                .isEqualTo(new ActivityCursor.BeforeTime(Instant.parse("2026-01-31T12:00:00Z")));
        assertThat(ActivityCursor.parse("before", "2026-01-31T14:00:00+02:00"))
                .isEqualTo(new ActivityCursor.BeforeTime(Instant.parse("2026-01-31T12:00:00Z")));
    }

    @Test
    void no_value_means_no_cursor() {
        assertThat(ActivityCursor.parse("before", null)).isNull();
        assertThat(ActivityCursor.parse("before", " ")).isNull();
    }

    @Test
    void anything_else_is_rejected_naming_the_parameter() {
        for (String bad : new String[]{"yesterday", "-5", "99999999999999999999999", "2026-13-01T00:00:00Z"}) {
            assertThatThrownBy(() -> ActivityCursor.parse("before", bad))
                    .as(bad).isInstanceOf(InvalidRequestException.class).hasMessageContaining("'before'");
        }
    }
}
