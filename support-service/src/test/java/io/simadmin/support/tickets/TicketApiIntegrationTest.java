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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.simadmin.support.tickets.TicketApi.ticket;
import static io.simadmin.support.tickets.TicketApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Opening, reading, listing and editing tickets as staff, and what the API refuses. */
@IntegrationTest
class TicketApiIntegrationTest {

    private static final String ADMIN = TestTokens.admin();

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
    void opens_an_open_ticket_with_a_tck_number_and_publishes_ticket_opened() {
        UUID user = UUID.randomUUID();
        JsonNode opened = api.open(ADMIN, ticket("No network", user, null));

        String id = opened.get("id").asString();
        assertThat(opened.get("ticketNumber").asString())
                .matches("TCK-" + Year.now(ZoneOffset.UTC).getValue() + "-\\d{6,}");
        assertThat(opened.get("status").asString()).isEqualTo("open");
        assertThat(opened.get("priority").asString()).isEqualTo("medium");
        assertThat(opened.get("userId").asString()).isEqualTo(user.toString());
        assertThat(opened.get("resolvedAt").isNull()).isTrue();
        assertThat(opened.get("openedByType").asString()).isEqualTo("admin");
        assertThat(opened.get("openedById").asString()).isEqualTo(TestTokens.ADMIN_ID.toString());
        assertThat(opened.get("replies").isEmpty()).isTrue();

        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.SUPPORT,
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(header(event, EventHeaders.TYPE)).isEqualTo("support.ticket-opened.v1");
        assertThat(header(event, EventHeaders.SOURCE)).isEqualTo("/support-service");
        assertThat(event.value()).contains("\"ticketNumber\":\"" + opened.get("ticketNumber").asString() + "\"",
                "\"userId\":\"" + user + "\"", "\"subject\":\"No network\"");
        assertThat(event.value()).doesNotContain("Activation failed");
    }

    @Test
    void numbers_tickets_uniquely_and_in_the_order_they_were_opened() {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = api.open(ADMIN, ticket(unique("Numbered"))).get("ticketNumber").asString();
            numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
        }
        assertThat(numbers).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void answers_the_seed_paths_with_and_without_the_trailing_slash() {
        String id = api.open(ADMIN, ticket(unique("Slash"))).get("id").asString();

        api.get(ADMIN, "/api/support/tickets/" + id + "/").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        api.get(ADMIN, "/api/support/tickets/" + id).expectStatus().isOk();
        api.get(ADMIN, "/api/support/tickets/?q=Slash").expectStatus().isOk();
        api.post(ADMIN, "/api/support/tickets/", ticket(unique("Slash"))).expectStatus().isCreated();
    }

    @Test
    void answers_404_problem_for_an_unknown_ticket() {
        api.get(ADMIN, "/api/support/tickets/" + UUID.randomUUID()).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:not-found");
    }

    @Test
    void rejects_invalid_fields_and_stores_nothing_and_emits_nothing() {
        String before = api.snapshot();

        api.post(ADMIN, "/api/support/tickets", """
                        {"subject":"","description":"   ","priority":"whenever","userId":"not-a-uuid"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.post(ADMIN, "/api/support/tickets", """
                        {"subject":"%s","description":"x","priority":"whenever"}""".formatted("s".repeat(201)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat(fields.toString()).contains("subject", "priority"));

        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void rejects_unknown_fields_so_clients_cannot_set_status_number_or_assignee() {
        String before = api.snapshot();

        api.post(ADMIN, "/api/support/tickets", ticket("Sneaky").replace("{", "{\"status\":\"closed\","))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        api.post(ADMIN, "/api/support/tickets", ticket("Sneaky").replace("{", "{\"ticketNumber\":\"TCK-1\","))
                .expectStatus().isBadRequest();

        assertThat(api.snapshot()).isEqualTo(before);
    }

    @Test
    void filters_by_status_priority_assignee_user_reseller_and_searches_subject_and_number() {
        UUID user = UUID.randomUUID();
        UUID reseller = UUID.randomUUID();
        String tag = unique("Filter");
        JsonNode urgent = api.open(ADMIN, """
                {"subject":"%s urgent","description":"d","priority":"urgent","userId":"%s"}""".formatted(tag, user));
        JsonNode low = api.open(ADMIN, """
                {"subject":"%s low","description":"d","priority":"low","resellerId":"%s"}""".formatted(tag, reseller));
        api.status(ADMIN, low.get("id").asString(), "in_progress");
        api.patch(ADMIN, "/api/support/tickets/" + low.get("id").asString() + "/assign",
                "{\"adminId\":\"" + TestTokens.ADMIN_ID + "\"}").expectStatus().isOk();

        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+"))).containsExactlyInAnyOrder(
                urgent.get("id").asString(), low.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + urgent.get("ticketNumber").asString()))
                .containsExactly(urgent.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&status=in_progress"))
                .containsExactly(low.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&status=open,resolved"))
                .containsExactly(urgent.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&priority=urgent"))
                .containsExactly(urgent.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&assignee=none"))
                .containsExactly(urgent.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&assignee=me"))
                .containsExactly(low.get("id").asString());
        assertThat(ids("/api/support/tickets?user=" + user)).containsExactly(urgent.get("id").asString());
        assertThat(ids("/api/support/tickets?reseller=" + reseller)).containsExactly(low.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&sort=priority,desc"))
                .containsExactly(urgent.get("id").asString(), low.get("id").asString());
        assertThat(ids("/api/support/tickets?q=" + tag.replace(" ", "+") + "&sort=priority,asc&size=1"))
                .containsExactly(low.get("id").asString());
    }

    @Test
    void lists_a_users_tickets_for_the_user_details_screen() {
        UUID user = UUID.randomUUID();
        String first = api.open(ADMIN, ticket(unique("Mine"), user, null)).get("id").asString();
        String second = api.open(ADMIN, ticket(unique("Mine too"), user, null)).get("id").asString();
        api.open(ADMIN, ticket(unique("Someone else's"), UUID.randomUUID(), null));

        assertThat(ids("/api/users/" + user + "/support-tickets/")).containsExactly(second, first);
        assertThat(ids("/api/users/" + user + "/support-tickets?status=closed")).isEmpty();
        api.get(TestTokens.moderator(), "/api/users/" + user + "/support-tickets").expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(2);
    }

    @Test
    void rejects_unknown_filters_values_and_sort_fields_with_400() {
        api.get(ADMIN, "/api/support/tickets?status=pending").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        api.get(ADMIN, "/api/support/tickets?assignee=bob").expectStatus().isBadRequest();
        api.get(ADMIN, "/api/support/tickets?user=42").expectStatus().isBadRequest();
        api.get(ADMIN, "/api/support/tickets?sort=description").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    void replaces_details_and_publishes_ticket_updated_with_the_changed_fields() {
        String id = api.open(ADMIN, ticket(unique("Editable"))).get("id").asString();
        UUID reseller = UUID.randomUUID();

        api.put(TestTokens.moderator(), "/api/support/tickets/" + id + "/", """
                        {"subject":"Edited subject","description":"My SIM shows no network since Monday.",
                         "priority":"urgent","resellerId":"%s","version":0}""".formatted(reseller), null)
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.subject").isEqualTo("Edited subject")
                .jsonPath("$.priority").isEqualTo("urgent")
                .jsonPath("$.resellerId").isEqualTo(reseller.toString())
                .jsonPath("$.status").isEqualTo("open");

        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.SUPPORT,
                r -> id.equals(r.key()) && "support.ticket-updated.v1".equals(header(r, EventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(event.value()).contains("\"changedFields\":[\"subject\",\"priority\",\"resellerId\"]");
    }

    @Test
    void refuses_a_stale_version_with_409_in_the_body_and_412_in_if_match_and_changes_nothing() {
        String id = api.open(ADMIN, ticket(unique("Versioned"))).get("id").asString();
        api.status(ADMIN, id, "in_progress");
        String before = api.snapshot();
        String edit = """
                {"subject":"Lost update","description":"d","priority":"low"%s}""";

        api.put(ADMIN, "/api/support/tickets/" + id, edit.formatted(",\"version\":0"), null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:concurrent-change")
                .jsonPath("$.currentVersion").isEqualTo(1);
        api.put(ADMIN, "/api/support/tickets/" + id, edit.formatted(""), "\"0\"").expectStatus().isEqualTo(412);
        api.put(ADMIN, "/api/support/tickets/" + UUID.randomUUID(), edit.formatted(""), null).expectStatus().isNotFound();

        assertThat(api.snapshot()).isEqualTo(before);
        api.put(ADMIN, "/api/support/tickets/" + id, edit.formatted(""), "\"1\"").expectStatus().isOk();
    }

    @Test
    void refuses_status_or_assignee_in_a_put_body() {
        String id = api.open(ADMIN, ticket(unique("Put"))).get("id").asString();

        api.put(ADMIN, "/api/support/tickets/" + id, """
                        {"subject":"s","description":"d","priority":"low","status":"closed"}""", null)
                .expectStatus().isBadRequest();
        api.put(ADMIN, "/api/support/tickets/" + id, """
                        {"subject":"s","description":"d","priority":"low","assignedTo":"%s"}""".formatted(UUID.randomUUID()), null)
                .expectStatus().isBadRequest();
    }

    @Test
    void leaves_the_api_description_and_health_open() {
        api.get(ADMIN, "/v3/api-docs/support").expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/support/tickets/{id}/assign']").exists()
                .jsonPath("$.paths['/api/users/{id}/support-tickets/']").exists();
    }

    private List<String> ids(String path) {
        JsonNode page = TicketApi.read(api.get(ADMIN, path).expectStatus().isOk().expectBody().returnResult()
                .getResponseBody());
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
