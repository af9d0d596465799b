package io.simadmin.support.tickets;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.simadmin.support.tickets.TicketApi.ticket;
import static io.simadmin.support.tickets.TicketApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners (ADR 0006): with {@code tickets:read} they see their own reseller's tickets only, others' ids answer
 * 404; with {@code tickets:write} they open tickets for their reseller and reply publicly.
 */
@IntegrationTest
class PartnerTicketsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TicketApi api;
    UUID reseller;
    String partner;

    @BeforeEach
    void connect() {
        api = new TicketApi(port, jdbc);
        reseller = UUID.randomUUID();
        partner = TestTokens.partner(reseller, "tickets:read", "tickets:write");
    }

    @Test
    void opens_a_ticket_for_its_own_reseller_and_is_recorded_as_that_reseller() {
        JsonNode opened = api.open(partner, ticket(unique("Partner")));

        String id = opened.get("id").asString();
        assertThat(opened.get("resellerId").asString()).isEqualTo(reseller.toString());
        assertThat(opened.get("openedByType").asString()).isEqualTo("reseller");
        assertThat(opened.get("openedById").asString()).isEqualTo(reseller.toString());
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.SUPPORT,
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(event.value()).contains("\"type\":\"reseller\"", "\"resellerId\":\"" + reseller + "\"");
    }

    @Test
    void may_not_open_a_ticket_for_another_reseller_or_about_a_user_and_nothing_is_stored() {
        String before = api.snapshot();

        api.post(partner, "/api/support/tickets", ticket("Elsewhere", null, UUID.randomUUID()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("resellerId");
        api.post(partner, "/api/support/tickets", ticket("User", UUID.randomUUID(), null))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("userId");

        assertThat(api.snapshot()).isEqualTo(before);
        api.post(partner, "/api/support/tickets", ticket(unique("Own"), null, reseller)).expectStatus().isCreated();
    }

    @Test
    void sees_only_its_own_resellers_tickets_and_others_answer_404() {
        String own = api.open(TestTokens.admin(), ticket(unique("Own"), null, reseller)).get("id").asString();
        UUID other = UUID.randomUUID();
        String others = api.open(TestTokens.admin(), ticket(unique("Other"), null, other)).get("id").asString();
        String before = api.snapshot();

        api.get(partner, "/api/support/tickets/" + own).expectStatus().isOk();
        api.get(partner, "/api/support/tickets/" + others + "/").expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:not-found");
        api.post(partner, "/api/support/tickets/" + others + "/reply", "{\"body\":\"hello\"}").expectStatus().isNotFound();
        assertThat(ids("/api/support/tickets")).containsExactly(own);
        assertThat(ids("/api/support/tickets?reseller=" + other)).isEmpty();

        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void replies_publicly_and_never_sees_or_writes_internal_notes() {
        String id = api.open(partner, ticket(unique("Notes"))).get("id").asString();
        api.post(TestTokens.admin(), "/api/support/tickets/" + id + "/reply",
                "{\"body\":\"staff only\",\"internal\":true}").expectStatus().isCreated();
        api.post(TestTokens.admin(), "/api/support/tickets/" + id + "/reply", "{\"body\":\"Hello partner\"}")
                .expectStatus().isCreated();
        String before = api.snapshot();

        api.post(partner, "/api/support/tickets/" + id + "/reply", "{\"body\":\"psst\",\"internal\":true}")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:forbidden");
        assertThat(api.snapshot()).isEqualTo(before);

        JsonNode reply = TicketApi.read(api.post(partner, "/api/support/tickets/" + id + "/reply",
                "{\"body\":\"Thanks!\"}").expectStatus().isCreated().expectBody().returnResult().getResponseBody());
        assertThat(reply.get("authorType").asString()).isEqualTo("reseller");
        assertThat(reply.get("authorId").asString()).isEqualTo(reseller.toString());
        JsonNode thread = TicketApi.read(api.get(partner, "/api/support/tickets/" + id).expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        assertThat(thread.get("replies").valueStream().map(r -> r.get("body").asString()).toList())
                .containsExactly("Hello partner", "Thanks!");
    }

    @Test
    void needs_the_ticket_scopes_and_never_works_tickets_like_staff() {
        String id = api.open(partner, ticket(unique("Scopes"))).get("id").asString();
        String readOnly = TestTokens.partner(reseller, "tickets:read");
        String noTickets = TestTokens.partner(reseller, "orders:read", "clients:write");
        String before = api.snapshot();

        api.get(readOnly, "/api/support/tickets/" + id).expectStatus().isOk();
        api.post(readOnly, "/api/support/tickets", ticket("Read only")).expectStatus().isForbidden();
        api.post(readOnly, "/api/support/tickets/" + id + "/reply", "{\"body\":\"hi\"}").expectStatus().isForbidden();
        api.get(noTickets, "/api/support/tickets").expectStatus().isForbidden();
        api.patch(partner, "/api/support/tickets/" + id + "/status", "{\"status\":\"in_progress\"}")
                .expectStatus().isForbidden();
        api.put(partner, "/api/support/tickets/" + id, "{\"subject\":\"s\",\"description\":\"d\",\"priority\":\"urgent\"}",
                null).expectStatus().isForbidden();
        api.get(partner, "/api/users/" + UUID.randomUUID() + "/support-tickets").expectStatus().isForbidden();

        assertThat(api.snapshot()).isEqualTo(before);
    }

    private List<String> ids(String path) {
        JsonNode page = TicketApi.read(api.get(partner, path).expectStatus().isOk().expectBody().returnResult()
                .getResponseBody());
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }
}
