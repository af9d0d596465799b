package io.simadmin.analytics.support;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.analytics.metrics.DashboardMetrics;
import io.simadmin.analytics.reports.ResellerSummary;
import io.simadmin.analytics.sales.RevenueDistribution;
import io.simadmin.analytics.sales.SalesTrend;
import io.simadmin.analytics.sales.TopResellers;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.List;
import java.util.UUID;

/** The analytics API as the admin panel calls it. */
public final class AnalyticsApi {

    private static final ParameterizedTypeReference<List<Activity>> ACTIVITIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Activity>> ACTIVITY_PAGE =
            new ParameterizedTypeReference<>() {
            };

    /** The platform's list shape, read back. */
    public record Page<T>(List<T> content, PageInfo page) {
    }

    public record PageInfo(int number, int size, long totalElements, int totalPages, boolean exactTotal) {
    }

    private final RestTestClient http;

    public AnalyticsApi(RestTestClient http) {
        this.http = http;
    }

    public DashboardMetrics metrics() {
        return http.get().uri("/api/dashboard/metrics").exchange().expectStatus().isOk()
                .expectBody(DashboardMetrics.class).returnResult().getResponseBody();
    }

    public long totalResellers() {
        return metrics().totalResellers();
    }

    /** {@code query} is the part after {@code ?}, e.g. {@code limit=5}. */
    public List<Activity> recentActivities(String query, Object... values) {
        return http.get().uri("/api/dashboard/recent-activities" + (query.isEmpty() ? "" : "?" + query), values)
                .exchange().expectStatus().isOk().expectBody(ACTIVITIES).returnResult().getResponseBody();
    }

    /** {@code query} is the part after {@code ?}, e.g. {@code action={a}} with its values. */
    public Page<Activity> activities(String query, Object... values) {
        return http.get().uri("/api/activities" + (query.isEmpty() ? "" : "?" + query), values)
                .exchange().expectStatus().isOk().expectBody(ACTIVITY_PAGE).returnResult().getResponseBody();
    }

    /** The feed lines about one record, e.g. a {@code user} and its id, newest first. */
    public List<Activity> activitiesAbout(String subjectType, UUID subjectId) {
        return activities("subjectType={type}&subjectId={id}&size=200", subjectType, subjectId).content();
    }

    public ResellerSummary resellerSummary(UUID resellerId) {
        return http.get().uri("/api/reports/resellers/{id}/summary", resellerId).exchange().expectStatus().isOk()
                .expectBody(ResellerSummary.class).returnResult().getResponseBody();
    }

    /** {@code query} is the part after {@code ?}, e.g. {@code from={f}&to={t}} with its values. */
    public SalesTrend salesTrend(String query, Object... values) {
        return http.get().uri("/api/dashboard/sales-trend" + (query.isEmpty() ? "" : "?" + query), values)
                .exchange().expectStatus().isOk().expectBody(SalesTrend.class).returnResult().getResponseBody();
    }

    public TopResellers topResellers(String query, Object... values) {
        return http.get().uri("/api/dashboard/top-resellers" + (query.isEmpty() ? "" : "?" + query), values)
                .exchange().expectStatus().isOk().expectBody(TopResellers.class).returnResult().getResponseBody();
    }

    public RevenueDistribution revenueDistribution(String query, Object... values) {
        return http.get().uri("/api/dashboard/revenue-distribution" + (query.isEmpty() ? "" : "?" + query), values)
                .exchange().expectStatus().isOk().expectBody(RevenueDistribution.class).returnResult()
                .getResponseBody();
    }

    /** The feed lines about one reseller, newest first. */
    public List<Activity> activitiesOf(UUID resellerId) {
        return activities("subjectType=reseller&subjectId={id}&size=200", resellerId).content();
    }
}
