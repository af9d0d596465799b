package io.simadmin.reseller.resellers;

import io.simadmin.events.Topics;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.SharedInfrastructure;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static io.simadmin.reseller.resellers.ResellerFixtures.body;
import static io.simadmin.reseller.resellers.ResellerFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The broker is really stopped and restarted on the same port; the outbox must bridge the gap. */
@IntegrationTest
class OutboxWhileKafkaIsDownIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void brokerBack() {
        SharedInfrastructure.kafka().restart();
    }

    @Test
    void keeps_accepting_writes_while_kafka_is_down_and_delivers_the_events_when_it_returns() {
        RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin())).build();
        SharedInfrastructure.kafka().stop();

        String id = JsonMapper.builder().build().readTree(http.post().uri("/api/resellers").contentType(MediaType.APPLICATION_JSON)
                .body(body("Offline Ltd", uniqueEmail("offline")))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody())
                .get("id").asString();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(unsent(id)).isOne());

        SharedInfrastructure.kafka().restart();

        KafkaTestConsumer.awaitRecord(Topics.RESELLERS, r -> id.equals(r.key()), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(unsent(id)).isZero());
    }

    private long unsent(String resellerId) {
        return jdbc.queryForObject("select count(*) from messaging.outbox where event_key = ? and sent_at is null",
                Long.class, resellerId);
    }
}
