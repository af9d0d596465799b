package io.simadmin.reseller.credit;

import io.simadmin.events.Topics;
import io.simadmin.events.order.OrderPlaced;
import io.simadmin.reseller.TestApi;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.simadmin.reseller.credit.SagaEvents.envelope;
import static io.simadmin.reseller.credit.SagaEvents.resellerOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger API: reading a reseller's entries and admins' manual adjustments. */
@IntegrationTest
class LedgerApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderSagaListener listener;

    TestApi api;
    RestTestClient http;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())).build();
    }

    @Test
    void records_an_adjustment_with_who_and_why_and_publishes_it() {
        UUID reseller = api.activeReseller("1000.00");

        JsonNode entry = TestApi.JSON.readTree(adjust(reseller,
                "{\"amount\":\"-120.50\",\"reason\":\"Bank transfer 2026-11-30\"}")
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody());

        assertThat(entry.get("kind").asString()).isEqualTo("adjustment");
        assertThat(entry.get("amount").asString()).isEqualTo("-120.50");
        assertThat(entry.get("balanceAfter").asString()).isEqualTo("-120.50");
        assertThat(entry.get("actorType").asString()).isEqualTo("admin");
        assertThat(entry.get("actorId").asString()).isEqualTo(TestTokens.ADMIN_ID.toString());
        assertThat(entry.get("reason").asString()).isEqualTo("Bank transfer 2026-11-30");
        assertThat(api.get("/api/resellers/" + reseller).get("currentBalance").asString()).isEqualTo("-120.50");
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.RESELLERS,
                r -> r.value().contains(entry.get("id").asString()), Duration.ofSeconds(30));
        assertThat(new String(event.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("reseller.credit-adjusted.v1");
        assertThat(event.value()).contains("\"amount\":\"-120.50\"", "\"reason\":\"Bank transfer 2026-11-30\"");
    }

    @Test
    void lists_the_ledger_newest_first_with_paging_and_filters_and_its_last_balance_is_the_balance() {
        UUID reseller = api.activeReseller("1000.00");
        OrderPlaced first = resellerOrder(reseller, null, "100.00");
        listener.handle(envelope(first));
        listener.handle(envelope(resellerOrder(reseller, null, "50.00")));
        listener.handle(envelope(SagaEvents.cancelled(first)));
        adjust(reseller, "{\"amount\":\"10.00\",\"reason\":\"Late fee\"}").expectStatus().isCreated();

        JsonNode page = api.get("/api/resellers/" + reseller + "/ledger/?size=2");
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("content").get(0).get("kind").asString()).isEqualTo("adjustment");
        assertThat(page.get("content").get(0).get("balanceAfter").asString()).isEqualTo("60.00");
        assertThat(page.get("content").get(1).get("kind").asString()).isEqualTo("release");
        JsonNode oldest = api.get("/api/resellers/" + reseller + "/ledger?size=2&page=1").get("content").get(1);
        assertThat(oldest.get("kind").asString()).isEqualTo("reservation");
        assertThat(oldest.get("orderId").asString()).isEqualTo(first.orderId().toString());

        assertThat(api.get("/api/resellers/" + reseller + "/ledger?kind=reservation").get("page")
                .get("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get("/api/resellers/" + reseller + "/ledger?order=" + first.orderId()).get("page")
                .get("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get("/api/resellers/" + reseller).get("currentBalance").asString()).isEqualTo("60.00");
        assertThat(jdbc.queryForObject("select sum(amount) from credit_entry where reseller_id = ?", BigDecimal.class,
                reseller)).isEqualByComparingTo("60.00");
    }

    @Test
    void rejects_invalid_adjustments_and_stores_and_emits_nothing() {
        UUID reseller = api.activeReseller("1000.00");
        String events = "select count(*) from messaging.outbox where event_key = '" + reseller + "'";
        long before = count(events);

        adjust(reseller, "{\"amount\":\"0.00\",\"reason\":\"Nothing\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        adjust(reseller, "{\"amount\":\"1.005\",\"reason\":\"Too precise\"}").expectStatus().isBadRequest();
        adjust(reseller, "{\"amount\":\"5.00\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        adjust(reseller, "{\"amount\":\"5.00\",\"reason\":\" \"}").expectStatus().isBadRequest();
        adjust(reseller, "{\"amount\":\"5.00\",\"reason\":\"x\",\"balanceAfter\":\"0.00\"}").expectStatus().isBadRequest();
        adjust(UUID.randomUUID(), "{\"amount\":\"5.00\",\"reason\":\"Nobody\"}").expectStatus().isNotFound();
        http.post().uri("/api/resellers/" + reseller + "/ledger/adjustments").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.moderator()))
                .body("{\"amount\":\"5.00\",\"reason\":\"Moderated\"}").exchange().expectStatus().isForbidden();

        assertThat(count("select count(*) from credit_entry where reseller_id = '" + reseller + "'")).isZero();
        assertThat(count(events)).isEqualTo(before);
        assertThat(api.get("/api/resellers/" + reseller).get("currentBalance").asString()).isEqualTo("0.00");
    }

    @Test
    void answers_the_ledger_of_an_unknown_reseller_with_404_and_refuses_a_bad_filter() {
        http.get().uri("/api/resellers/" + UUID.randomUUID() + "/ledger").exchange().expectStatus().isNotFound();
        UUID reseller = api.activeReseller("1.00");
        http.get().uri("/api/resellers/" + reseller + "/ledger?kind=gift").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/resellers/" + reseller + "/ledger?sort=reason,asc").exchange().expectStatus().isBadRequest();
    }

    @Test
    void keeps_the_ledger_append_only_even_for_direct_sql() {
        UUID reseller = api.activeReseller("1000.00");
        adjust(reseller, "{\"amount\":\"5.00\",\"reason\":\"Fee\"}").expectStatus().isCreated();

        assertThatThrownBy(() -> jdbc.update("update credit_entry set amount = 1 where reseller_id = ?", reseller))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from credit_entry where reseller_id = ?", reseller))
                .hasMessageContaining("append-only");
    }

    @Test
    void keeps_a_reseller_with_ledger_entries_when_it_is_deleted() {
        UUID reseller = api.reseller("1000.00", "pending");
        adjust(reseller, "{\"amount\":\"5.00\",\"reason\":\"Setup fee\"}").expectStatus().isCreated();
        adjust(reseller, "{\"amount\":\"-5.00\",\"reason\":\"Setup fee waived\"}").expectStatus().isCreated();

        http.delete().uri("/api/resellers/" + reseller).exchange().expectStatus().isNoContent();

        assertThat(count("select count(*) from reseller where id = '" + reseller + "' and deleted_at is not null"))
                .isOne();
        http.get().uri("/api/resellers/" + reseller + "/ledger").exchange().expectStatus().isNotFound();
    }

    private RestTestClient.ResponseSpec adjust(UUID reseller, String body) {
        return http.post().uri("/api/resellers/" + reseller + "/ledger/adjustments/")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
