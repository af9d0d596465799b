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

/** Public replies and internal notes: who writes them, who reads them, and what the events carry. */
@IntegrationTest
class TicketReplyIntegrationTest {

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
    void staff_reply_publicly_and_add_internal_notes_and_see_both_in_order() {
        String id = api.open(TestTokens.admin(), ticket(unique("Thread"))).get("id").asString();

        JsonNode reply = reply(TestTokens.moderator(), id, "{\"body\":\"  Please restart your phone.  \"}");
        reply(TestTokens.admin(), id, "{\"body\":\"Customer called twice\",\"internal\":true}");

        assertThat(reply.get("body").asString()).isEqualTo("Please restart your phone.");
        assertThat(reply.get("internal").asBoolean()).isFalse();
        assertThat(reply.get("authorType").asString()).isEqualTo("admin");
        assertThat(reply.get("authorId").asString()).isEqualTo(TestTokens.MODERATOR_ID.toString());
        assertThat(reply.get("authorName").asString()).isEqualTo("Mo Moderator");
        JsonNode thread = TicketApi.read(api.get(TestTokens.moderator(), "/api/support/tickets/" + id)
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(thread.get("replies").valueStream().map(r -> r.get("body").asString()).toList())
                .containsExactly("Please restart your phone.", "Customer called twice");
        assertThat(thread.get("lastReplyAt").isNull()).isFalse();
        assertThat(thread.get("version").asLong()).as("replies do not make edits stale").isZero();
    }

    @Test
    void publishes_ticket_replied_with_the_body_of_a_public_reply_but_never_of_an_internal_note() {
        String id = api.open(TestTokens.admin(), ticket(unique("Events"))).get("id").asString();
        String publicId = reply(TestTokens.admin(), id, "{\"body\":\"We are on it\"}").get("id").asString();
        String noteId = reply(TestTokens.admin(), id, "{\"body\":\"secret staff remark\",\"internal\":true}")
                .get("id").asString();

        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.SUPPORT)) {
            List<ConsumerRecord<String, String>> replies = consumer.awaitCount(r -> id.equals(r.key())
                    && "support.ticket-replied.v1".equals(header(r, EventHeaders.TYPE)), 2, Duration.ofSeconds(20));
            assertThat(replies.get(0).value()).contains("\"replyId\":\"" + publicId + "\"", "\"body\":\"We are on it\"",
                    "\"internal\":false");
            assertThat(replies.get(1).value()).contains("\"replyId\":\"" + noteId + "\"", "\"internal\":true")
                    .doesNotContain("secret staff remark");
        }
    }

    @Test
    void rejects_an_empty_reply_and_a_reply_to_an_unknown_or_closed_ticket_and_stores_nothing() {
        String id = api.open(TestTokens.admin(), ticket(unique("Closed"))).get("id").asString();
        api.status(TestTokens.admin(), id, "in_progress");
        api.status(TestTokens.admin(), id, "resolved");
        api.status(TestTokens.admin(), id, "closed");
        String before = api.snapshot();

        api.post(TestTokens.admin(), "/api/support/tickets/" + id + "/reply", "{\"body\":\"   \"}")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        api.post(TestTokens.admin(), "/api/support/tickets/" + id + "/reply", "{\"body\":\"hi\",\"author\":\"x\"}")
                .expectStatus().isBadRequest();
        api.post(TestTokens.admin(), "/api/support/tickets/" + java.util.UUID.randomUUID() + "/reply",
                "{\"body\":\"hi\"}").expectStatus().isNotFound();
        api.post(TestTokens.admin(), "/api/support/tickets/" + id + "/reply", "{\"body\":\"hi\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:ticket-closed");

        assertThat(api.snapshot()).isEqualTo(before);
    }

    private JsonNode reply(String token, String id, String json) {
        return TicketApi.read(api.post(token, "/api/support/tickets/" + id + "/reply/", json)
                .expectStatus().isCreated().expectBody().returnResult().getResponseBody());
    }
}
