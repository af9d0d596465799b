package io.simadmin.web.idempotency;

import io.simadmin.test.SharedInfrastructure;
import io.simadmin.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The key claim against real PostgreSQL: one statement decides between a new request, a replay and an expired key. */
class JdbcIdempotencyStoreIntegrationTest {

    private static JdbcIdempotencyStore store;
    private static JdbcTemplate jdbc;

    private final String key = UUID.randomUUID().toString();

    @BeforeAll
    static void migrate() {
        TestDatabase database = SharedInfrastructure.testDatabase("platform_web");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        store = JdbcIdempotencyStore.migrated(dataSource, Duration.ofHours(24));
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void claims_a_key_seen_for_the_first_time() {
        assertThat(store.begin("POST /api/orders", key, "a".repeat(64))).isEmpty();
    }

    @Test
    void answers_a_repeated_key_with_the_first_request_and_its_stored_answer() {
        store.begin("POST /api/orders", key, "a".repeat(64));
        store.complete("POST /api/orders", key, new StoredResponse(201, "application/json", "/api/orders/1",
                "{}".getBytes(StandardCharsets.UTF_8)));

        Optional<StoredRequest> repeated = store.begin("POST /api/orders", key, "b".repeat(64));

        assertThat(repeated).get().extracting(StoredRequest::requestHash).isEqualTo("a".repeat(64));
        assertThat(repeated.get().response().status()).isEqualTo(201);
        assertThat(repeated.get().response().location()).isEqualTo("/api/orders/1");
    }

    @Test
    void reports_a_repeated_key_still_in_progress_without_an_answer() {
        store.begin("POST /api/orders", key, "a".repeat(64));

        assertThat(store.begin("POST /api/orders", key, "a".repeat(64))).get()
                .extracting(StoredRequest::response).isNull();
    }

    @Test
    void starts_a_new_request_when_the_key_outlived_its_retention() {
        store.begin("POST /api/orders", key, "a".repeat(64));
        store.complete("POST /api/orders", key, new StoredResponse(201, "application/json", "/api/orders/1",
                "{}".getBytes(StandardCharsets.UTF_8)));
        jdbc.update("update idempotency.request set created_at = now() - interval '25 hours' where key = ?", key);

        assertThat(store.begin("POST /api/orders", key, "b".repeat(64))).isEmpty();
        assertThat(jdbc.queryForObject("select request_hash || ':' || coalesce(status, 0) from idempotency.request "
                + "where key = ?", String.class, key)).isEqualTo("b".repeat(64) + ":0");
    }

    @Test
    void keeps_keys_of_different_callers_apart() {
        store.begin("POST /api/orders alice", key, "a".repeat(64));

        assertThat(store.begin("POST /api/orders bob", key, "a".repeat(64))).isEmpty();
    }

    @Test
    void records_a_new_key_with_its_answer_in_one_statement() {
        StoredResponse answer = new StoredResponse(201, "application/json", "/api/orders/2",
                "{\"id\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(store.record("POST /api/orders", key, "a".repeat(64), answer)).isEmpty();

        Optional<StoredRequest> repeated = store.begin("POST /api/orders", key, "a".repeat(64));
        assertThat(repeated).get().extracting(StoredRequest::inProgress).isEqualTo(false);
        assertThat(repeated.get().response().location()).isEqualTo("/api/orders/2");
        assertThat(repeated.get().response().body()).asString(StandardCharsets.UTF_8).isEqualTo("{\"id\":2}");
    }

    @Test
    void records_nothing_over_an_answered_key_and_gives_the_first_request_instead() {
        StoredResponse first = new StoredResponse(201, "application/json", "/api/orders/1", "{}".getBytes(StandardCharsets.UTF_8));
        store.record("POST /api/orders", key, "a".repeat(64), first);

        Optional<StoredRequest> earlier = store.record("POST /api/orders", key, "b".repeat(64),
                new StoredResponse(201, "application/json", "/api/orders/3", "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(earlier).get().extracting(StoredRequest::requestHash).isEqualTo("a".repeat(64));
        assertThat(earlier.get().response().location()).isEqualTo("/api/orders/1");
    }
}
