package io.simadmin.analytics.activity;

import io.simadmin.analytics.support.AnalyticsApi;
import io.simadmin.analytics.support.AnalyticsIntegrationTest;
import io.simadmin.analytics.support.ResellerEventPublisher;
import io.simadmin.analytics.support.Resellers;
import io.simadmin.messaging.outbox.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed's reading side. Its three activities happened on 2001-02-03, long before anything else the tests
 * publish, so cursors over that day see only them whatever other tests add to the shared database.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityApiIntegrationTest {

    private static final Instant DAY = Instant.parse("2001-02-03T00:00:00Z");

    @Autowired
    RestTestClient http;
    @Autowired
    Outbox outbox;
    @Autowired
    PlatformTransactionManager transactionManager;

    AnalyticsApi api;
    Resellers oldTimer = Resellers.any("Old Timer SIM");
    UUID first;
    UUID second;
    UUID third;

    @BeforeAll
    void publishThreeActivitiesOnOneOldDay() {
        api = new AnalyticsApi(http);
        try (ResellerEventPublisher publisher =
                     new ResellerEventPublisher(outbox, new TransactionTemplate(transactionManager))) {
            first = publisher.viaOutbox(oldTimer.registered("pending", DAY.plusSeconds(1)));
            second = publisher.viaOutbox(oldTimer.statusChanged("pending", "active", null, DAY.plusSeconds(2)));
            third = publisher.viaOutbox(oldTimer.updated("active", DAY.plusSeconds(3), "phone"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.activitiesOf(oldTimer.id()).size() == 3);
    }

    @Test
    void recent_activities_are_newest_first_and_limited() {
        List<Activity> page = api.recentActivities("before={t}&limit=2", DAY.plusSeconds(4));

        assertThat(page).extracting(Activity::eventId).containsExactly(third, second);
        assertThat(page.getFirst().description()).isEqualTo("Reseller Old Timer SIM updated: phone");
        assertThat(page.get(1).description()).isEqualTo("Reseller Old Timer SIM activated");
    }

    @Test
    void the_id_of_the_last_activity_fetches_the_older_page() {
        List<Activity> newest = api.recentActivities("before={t}&limit=2", DAY.plusSeconds(4));

        List<Activity> older = api.recentActivities("before={id}&limit=2", newest.getLast().id());

        assertThat(older).extracting(Activity::eventId).containsExactly(first);
    }

    @Test
    void recent_activities_default_to_twenty_and_cap_at_a_hundred() {
        assertThat(api.recentActivities("")).hasSizeLessThanOrEqualTo(20).isNotEmpty();
        assertThat(api.recentActivities("limit=1000")).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void the_seed_trailing_slash_paths_answer_too() {
        http.get().uri("/api/dashboard/recent-activities/?limit=1").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        http.get().uri("/api/activities/?size=1").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.page.size").isEqualTo(1);
    }

    @Test
    void an_activity_has_the_seed_activity_log_fields() {
        http.get().uri("/api/dashboard/recent-activities?before={t}&limit=1", DAY.plusSeconds(2)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].id").isNumber()
                .jsonPath("$[0].userType").isEqualTo("admin")
                .jsonPath("$[0].userId").doesNotExist()
                .jsonPath("$[0].action").isEqualTo("reseller.registered")
                .jsonPath("$[0].description").isEqualTo("Reseller Old Timer SIM registered")
                .jsonPath("$[0].ipAddress").isEqualTo("203.0.113.9")
                .jsonPath("$[0].userAgent").isEqualTo("integration-test")
                .jsonPath("$[0].createdAt").isEqualTo("2001-02-03T00:00:01Z")
                .jsonPath("$[0].subjectType").isEqualTo("reseller")
                .jsonPath("$[0].subjectId").isEqualTo(oldTimer.id().toString())
                .jsonPath("$[0].eventId").isEqualTo(first.toString());
    }

    @Test
    void the_activity_list_filters_by_action_and_time_and_pages() {
        AnalyticsApi.Page<Activity> page = api.activities(
                "action=reseller.status-changed&from=2001-02-03&to=2001-02-03&size=10");

        assertThat(page.content()).extracting(Activity::eventId).containsExactly(second);
        assertThat(page.page().totalElements()).isEqualTo(1);

        AnalyticsApi.Page<Activity> oldest = api.activities(
                "from={from}&to={to}&sort=createdAt,asc&size=2&page=0", DAY, DAY.plusSeconds(10));
        assertThat(oldest.content()).extracting(Activity::eventId).containsExactly(first, second);
        assertThat(oldest.page().totalElements()).isEqualTo(3);
        assertThat(oldest.page().totalPages()).isEqualTo(2);

        AnalyticsApi.Page<Activity> rest = api.activities(
                "from={from}&to={to}&sort=createdAt,asc&size=2&page=1", DAY, DAY.plusSeconds(10));
        assertThat(rest.content()).extracting(Activity::eventId).containsExactly(third);
    }

    @Test
    void the_activity_list_filters_by_user_type() {
        assertThat(api.activities("userType=reseller&from=2001-02-03&to=2001-02-03").content()).isEmpty();
        assertThat(api.activities("userType=admin&from=2001-02-03&to=2001-02-03").content()).hasSize(3);
    }

    @Test
    void bad_recent_activity_parameters_are_a_400_problem_naming_the_parameter() {
        expectProblem("/api/dashboard/recent-activities?limit=0", "limit");
        expectProblem("/api/dashboard/recent-activities?limit=-5", "limit");
        expectProblem("/api/dashboard/recent-activities?limit=many", "limit");
        expectProblem("/api/dashboard/recent-activities?before=yesterday", "before");
        expectProblem("/api/dashboard/recent-activities?before=987654321", "before");
    }

    @Test
    void bad_activity_list_parameters_are_a_400_problem_naming_the_parameter() {
        expectProblem("/api/activities?userType=robot", "userType");
        expectProblem("/api/activities?from=last-week", "from");
        expectProblem("/api/activities?from=2026-02-01&to=2026-01-01", "to");
        expectProblem("/api/activities?action=" + "x".repeat(101), "action");
        expectProblem("/api/activities?sort=ipAddress,desc", "sort");
        expectProblem("/api/activities?size=0", "size");
        expectProblem("/api/activities?page=-1", "page");
    }

    private void expectProblem(String uri, String field) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
