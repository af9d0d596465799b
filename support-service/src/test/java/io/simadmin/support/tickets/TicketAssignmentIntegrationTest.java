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

import java.time.Duration;
import java.util.UUID;

import static io.simadmin.support.tickets.TicketApi.ticket;
import static io.simadmin.support.tickets.TicketApi.unique;
import static io.simadmin.support.tickets.TicketApiIntegrationTest.header;
import static org.assertj.core.api.Assertions.assertThat;

/** Admins hand tickets to anyone; moderators take unassigned tickets for themselves and nothing more. */
@IntegrationTest
class TicketAssignmentIntegrationTest {

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
    void an_admin_assigns_a_ticket_to_anyone_and_publishes_ticket_assigned() {
        String id = api.open(TestTokens.admin(), ticket(unique("Assign"))).get("id").asString();
        UUID colleague = UUID.randomUUID();

        assign(TestTokens.admin(), id, colleague).expectStatus().isOk()
                .expectBody().jsonPath("$.assignedTo").isEqualTo(colleague.toString());
        assign(TestTokens.superAdmin(), id, TestTokens.ADMIN_ID).expectStatus().isOk();

        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.SUPPORT,
                r -> id.equals(r.key()) && r.value().contains("\"previousAssigneeId\":\"" + colleague + "\""),
                Duration.ofSeconds(20));
        assertThat(header(event, EventHeaders.TYPE)).isEqualTo("support.ticket-assigned.v1");
        assertThat(event.value()).contains("\"assigneeId\":\"" + TestTokens.ADMIN_ID + "\"");
    }

    @Test
    void a_moderator_takes_an_unassigned_ticket_for_themself() {
        String id = api.open(TestTokens.admin(), ticket(unique("Take"))).get("id").asString();

        assign(TestTokens.moderator(), id, TestTokens.MODERATOR_ID).expectStatus().isOk()
                .expectBody().jsonPath("$.assignedTo").isEqualTo(TestTokens.MODERATOR_ID.toString());
    }

    @Test
    void a_moderator_may_not_assign_someone_else_and_nothing_changes() {
        String id = api.open(TestTokens.admin(), ticket(unique("Delegate"))).get("id").asString();
        String before = api.snapshot();

        assign(TestTokens.moderator(), id, TestTokens.ADMIN_ID).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:forbidden");

        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void a_moderator_may_not_take_a_colleagues_ticket() {
        String id = api.open(TestTokens.admin(), ticket(unique("Taken"))).get("id").asString();
        assign(TestTokens.admin(), id, TestTokens.ADMIN_ID).expectStatus().isOk();
        String before = api.snapshot();

        assign(TestTokens.moderator(), id, TestTokens.MODERATOR_ID).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:ticket-taken")
                .jsonPath("$.assignedTo").isEqualTo(TestTokens.ADMIN_ID.toString());

        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void a_closed_ticket_cannot_be_reassigned() {
        String id = api.open(TestTokens.admin(), ticket(unique("Closed"))).get("id").asString();
        api.status(TestTokens.admin(), id, "in_progress");
        api.status(TestTokens.admin(), id, "resolved");
        api.status(TestTokens.admin(), id, "closed");
        String before = api.snapshot();

        assign(TestTokens.admin(), id, UUID.randomUUID()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:ticket-closed");

        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void rejects_a_missing_admin_id_an_unknown_ticket_and_a_stale_if_match() {
        String id = api.open(TestTokens.admin(), ticket(unique("Invalid"))).get("id").asString();
        String before = api.snapshot();

        api.patch(TestTokens.admin(), "/api/support/tickets/" + id + "/assign", "{}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("adminId");
        assign(TestTokens.admin(), UUID.randomUUID().toString(), TestTokens.ADMIN_ID).expectStatus().isNotFound();
        api.patch(TestTokens.admin(), "/api/support/tickets/" + id + "/assign",
                "{\"adminId\":\"" + TestTokens.ADMIN_ID + "\",\"version\":7}").expectStatus().isEqualTo(409);

        assertThat(api.snapshot()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec assign(String token, String id,
                                                                                            UUID adminId) {
        return api.patch(token, "/api/support/tickets/" + id + "/assign/", "{\"adminId\":\"" + adminId + "\"}");
    }
}
