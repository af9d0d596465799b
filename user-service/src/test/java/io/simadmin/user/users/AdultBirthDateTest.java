package io.simadmin.user.users;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AdultBirthDateTest {

    private final AdultBirthDate.Validator validator =
            new AdultBirthDate.Validator(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void an_eighteenth_birthday_today_is_old_enough_and_tomorrow_is_not() {
        assertThat(validator.isValid(LocalDate.of(2008, 11, 30), null)).isTrue();
        assertThat(valid(LocalDate.of(2008, 12, 1))).isFalse();
    }

    @Test
    void a_leap_day_birthday_counts_from_the_first_of_march_in_other_years() {
        Clock feb28 = Clock.fixed(Instant.parse("2026-02-28T10:00:00Z"), ZoneOffset.UTC);
        // LocalDate.plusYears clamps 2008-02-29 + 18 years to 2026-02-28: adult that day.
        assertThat(new AdultBirthDate.Validator(feb28).isValid(LocalDate.of(2008, 2, 29), null)).isTrue();
    }

    @Test
    void rejects_today_the_future_and_the_nineteenth_century() {
        assertThat(valid(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(valid(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(valid(LocalDate.of(1899, 12, 31))).isFalse();
    }

    private boolean valid(LocalDate date) {
        var context = org.mockito.Mockito.mock(jakarta.validation.ConstraintValidatorContext.class,
                org.mockito.Mockito.RETURNS_DEEP_STUBS);
        return validator.isValid(date, context);
    }
}
