package io.simadmin.support.tickets;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static io.simadmin.support.tickets.TicketApi.ticket;
import static io.simadmin.support.tickets.TicketApi.unique;
import static io.simadmin.support.tickets.TicketApiIntegrationTest.header;
import static org.assertj.core.api.Assertions.assertThat;

/** open → in_progress → resolved → closed, reopening from resolved, and every other move refused with 409. */
@IntegrationTest
class TicketWorkflowIntegrationTest {

    private static final String MODERATOR = TestTokens.moderator();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TicketApi api;

    @BeforeEach
    void connect() {
        api = new TicketApi(port, jdbc);
    }

    @Test
    void resolving_sets_resolved_at_reopening_clears_it_and_closing_keeps_it() {
        String id = api.open(MODERATOR, ticket(unique("Workflow"))).get("id").asString();

        assertThat(api.status(MODERATOR, id, "in_progress").get("resolvedAt").isNull()).isTrue();
        JsonNode resolved = api.status(MODERATOR, id, "resolved");
        assertThat(resolved.get("resolvedAt").isNull()).isFalse();
        JsonNode reopened = api.status(MODERATOR, id, "open");
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("resolvedAt").isNull()).isTrue();
        api.status(MODERATOR, id, "in_progress");
        String resolvedAt = api.status(MODERATOR, id, "resolved").get("resolvedAt").asString();
        assertThat(api.status(MODERATOR, id, "in_progress").get("resolvedAt").isNull())
                .as("reopened straight to in_progress").isTrue();
        String again = api.status(MODERATOR, id, "resolved").get("resolvedAt").asString();
        JsonNode closed = api.status(MODERATOR, id, "closed");

        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("resolvedAt").asString()).isEqualTo(again).isNotEqualTo(resolvedAt);
        assertThat(api.rows("select count(*) from support_ticket where id = ?::uuid and resolved_at is not null", id))
                .isOne();
    }

    @Test
    void refuses_moves_outside_the_workflow_with_the_allowed_ones_and_changes_nothing() {
        String id = api.open(MODERATOR, ticket(unique("Refused"))).get("id").asString();
        String before = api.snapshot();

        move(id, "resolved").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:invalid-status-change")
                .jsonPath("$.currentStatus").isEqualTo("open")
                .jsonPath("$.allowedStatuses").isEqualTo(List.of("in_progress"));
        move(id, "closed").expectStatus().isEqualTo(409);
        assertThat(api.snapshot()).isEqualTo(before);

        api.status(MODERATOR, id, "in_progress");
        move(id, "open").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowedStatuses").isEqualTo(List.of("resolved"));
        move(id, "closed").expectStatus().isEqualTo(409);
        api.status(MODERATOR, id, "resolved");
        move(id, "bogus").expectStatus().isBadRequest();
        api.status(MODERATOR, id, "closed");

        String closed = api.snapshot();
        for (String status : List.of("open", "in_progress", "resolved")) {
            move(id, status).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.allowedStatuses").isEmpty();
        }
        assertThat(api.snapshot()).isEqualTo(closed);
    }

    @Test
    void asking_for_the_current_status_again_changes_nothing() {
        String id = api.open(MODERATOR, ticket(unique("Same"))).get("id").asString();
        String before = api.snapshot();

        assertThat(api.status(MODERATOR, id, "open").get("version").asLong()).isZero();
        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void publishes_ticket_status_changed_with_the_note_and_resolved_at() {
        String id = api.open(MODERATOR, ticket(unique("Noted"))).get("id").asString();
        api.status(MODERATOR, id, "in_progress");

        api.patch(MODERATOR, "/api/support/tickets/" + id + "/status/",
                        "{\"status\":\"resolved\",\"note\":\"replaced the SIM\"}")
                .expectStatus().isOk();

        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.SUPPORT,
                r -> id.equals(r.key()) && r.value().contains("replaced the SIM"), Duration.ofSeconds(20));
        assertThat(header(event, EventHeaders.TYPE)).isEqualTo("support.ticket-status-changed.v1");
        assertThat(event.value()).contains("\"previousStatus\":\"in_progress\"", "\"status\":\"resolved\"",
                "\"resolvedAt\":\"", "\"id\":\"" + TestTokens.MODERATOR_ID + "\"");
    }

    @Test
    void refuses_a_stale_status_change_with_412_or_409() {
        String id = api.open(MODERATOR, ticket(unique("Stale"))).get("id").asString();
        api.status(MODERATOR, id, "in_progress");
        String before = api.snapshot();

        api.patch(MODERATOR, "/api/support/tickets/" + id + "/status", "{\"status\":\"resolved\",\"version\":0}")
                .expectStatus().isEqualTo(409);
        assertThat(api.snapshot()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec move(String id, String status) {
        return api.patch(MODERATOR, "/api/support/tickets/" + id + "/status", "{\"status\":\"" + status + "\"}");
    }
}
