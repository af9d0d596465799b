package io.simadmin.user.users;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;

import static io.simadmin.user.users.UserApiIntegrationTest.header;
import static io.simadmin.user.users.UserFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

class UserStatusIntegrationTest extends UserIntegrationTestBase {

    @Test
    void activates_blocks_and_unblocks_publishing_from_to_and_reason() {
        String id = registerId(body("Mover"));

        patchStatus(id, "{\"status\":\"active\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("active").jsonPath("$.version").isEqualTo(1);
        patchStatus(id, "{\"status\":\"blocked\",\"reason\":\"chargeback fraud\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("blocked");
        patchStatus(id, "{\"status\":\"active\",\"reason\":\"cleared\"}").expectStatus().isOk();

        ConsumerRecord<String, String> blocked = KafkaTestConsumer.awaitRecord(Topics.USERS,
                r -> id.equals(r.key()) && r.value().contains("chargeback fraud"), Duration.ofSeconds(20));
        assertThat(header(blocked, EventHeaders.TYPE)).isEqualTo("user.status-changed.v1");
        assertThat(blocked.value()).contains("\"previousStatus\":\"active\"", "\"status\":\"blocked\"",
                "\"fullName\":\"Mover\"");
    }

    @Test
    void refuses_moves_outside_the_workflow_with_409_naming_the_allowed_ones_and_changes_nothing() {
        String id = registerId(body("Stuck"));
        patchStatus(id, "{\"status\":\"active\"}").expectStatus().isOk();
        long events = outboxRows();

        patchStatus(id, "{\"status\":\"pending_verification\"}").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:invalid-status-change")
                .jsonPath("$.currentStatus").isEqualTo("active")
                .jsonPath("$.allowedStatuses[0]").isEqualTo("blocked")
                .jsonPath("$.allowedStatuses.length()").isEqualTo(1);

        assertThat(outboxRows()).isEqualTo(events);
        assertThat(rows("select count(*) from public_user where id = ?::uuid and status = 'active' and version = 1", id))
                .isOne();
    }

    @Test
    void a_blocked_user_cannot_go_back_to_pending() {
        String id = registerId(body("Blocked Early"));
        patchStatus(id, "{\"status\":\"blocked\",\"reason\":\"fake documents\"}").expectStatus().isOk();

        patchStatus(id, "{\"status\":\"pending_verification\"}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.allowedStatuses[0]").isEqualTo("active");
    }

    @Test
    void blocking_needs_a_reason() {
        String id = registerId(body("No Reason"));
        long events = outboxRows();

        patchStatus(id, "{\"status\":\"blocked\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void rejects_an_unknown_status_and_an_unknown_field() {
        String id = registerId(body("Odd Status"));

        patchStatus(id, "{\"status\":\"archived\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        patchStatus(id, "{\"status\":\"active\",\"fullName\":\"x\"}").expectStatus().isBadRequest();
    }

    @Test
    void the_same_status_again_changes_nothing_and_publishes_nothing() {
        String id = registerId(body("Idle"));
        long events = outboxRows();

        patchStatus(id, "{\"status\":\"pending_verification\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(0);
        assertThat(outboxRows()).isEqualTo(events);
    }

    private RestTestClient.ResponseSpec patchStatus(String id, String json) {
        return http.patch().uri("/api/users/" + id + "/status/").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange();
    }
}
