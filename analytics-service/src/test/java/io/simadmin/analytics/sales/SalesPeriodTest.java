package io.simadmin.analytics.sales;

import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SalesPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void day_ranges_count_today_as_their_last_day() {
        SalesPeriod week = SalesPeriod.bucketed("7d", null, null, null, TODAY);

        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(week.to()).isEqualTo(TODAY);
        assertThat(week.granularity()).isEqualTo(SalesPeriod.Granularity.DAY);
        assertThat(SalesPeriod.bucketed("90d", null, null, null, TODAY).from()).isEqualTo(LocalDate.of(2025, 12, 16));
    }

    @Test
    void twelve_months_are_this_month_and_the_eleven_before_in_monthly_buckets() {
        SalesPeriod year = SalesPeriod.bucketed("12m", null, null, null, TODAY);

        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.to()).isEqualTo(TODAY);
        assertThat(year.granularity()).isEqualTo(SalesPeriod.Granularity.MONTH);
    }

    @Test
    void no_parameters_mean_the_last_30_days() {
        SalesPeriod period = SalesPeriod.whole(null, " ", "", TODAY);

        assertThat(period.range()).isEqualTo("30d");
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(period.granularity()).isNull();
    }

    @Test
    void from_alone_runs_to_today_and_dates_override_the_range_name() {
        SalesPeriod period = SalesPeriod.bucketed(null, "2026-03-01", null, "month", TODAY);

        assertThat(period.range()).isNull();
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.granularity()).isEqualTo(SalesPeriod.Granularity.MONTH);
    }

    @Test
    void a_period_is_bounded_by_the_buckets_a_chart_can_take() {
        assertThat(SalesPeriod.bucketed(null, "2025-03-16", "2026-03-16", null, TODAY).from())
                .isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(problems(() -> SalesPeriod.bucketed(null, "2025-03-15", "2026-03-16", null, TODAY)))
                .extracting(FieldProblem::field).containsExactly("to");
        assertThat(SalesPeriod.bucketed(null, "2020-01-01", "2026-03-16", "month", TODAY).from())
                .isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(SalesPeriod.whole(null, "2020-01-01", "2026-03-16", TODAY).from())
                .isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(problems(() -> SalesPeriod.whole(null, "2000-01-01", "2026-03-16", TODAY)))
                .extracting(FieldProblem::field).containsExactly("to");
    }

    @Test
    void every_wrong_parameter_is_named() {
        assertThat(problems(() -> SalesPeriod.bucketed("2w", null, null, "hour", TODAY)))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("range", "granularity");
        assertThat(problems(() -> SalesPeriod.bucketed(null, "31/01/2026", "tomorrow", null, TODAY)))
                .extracting(FieldProblem::field).containsExactly("from", "to");
        assertThat(problems(() -> SalesPeriod.whole("7d", "2026-01-01", null, TODAY)))
                .extracting(FieldProblem::field).containsExactly("range");
        assertThat(problems(() -> SalesPeriod.whole(null, null, "2026-01-01", TODAY)))
                .extracting(FieldProblem::field).containsExactly("from");
        assertThat(problems(() -> SalesPeriod.whole(null, "2026-03-16", null, TODAY)))
                .extracting(FieldProblem::field).containsExactly("from");
        assertThat(problems(() -> SalesPeriod.whole(null, "2026-03-10", "2026-03-09", TODAY)))
                .extracting(FieldProblem::field).containsExactly("to");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(Runnable parse) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, parse::run);
        assertThat(e).isNotNull();
        return (List<FieldProblem>) e.properties().get("errors");
    }
}
