package io.simadmin.user.users;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.simadmin.user.users.UserApiIntegrationTest.header;
import static io.simadmin.user.users.UserFixtures.body;
import static io.simadmin.user.users.UserFixtures.uniqueEmail;
import static io.simadmin.user.users.UserFixtures.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

/** ID document numbers: encrypted at rest, masked for everyone by default, in clear only for admin+ and audited. */
class IdDocumentIntegrationTest extends UserIntegrationTestBase {

    private static final String NUMBER = "X98765432";

    @Test
    void stores_the_number_only_encrypted() {
        String id = registerId(body("Encrypted", uniqueEmail("enc"), uniquePhone(), "London", NUMBER));

        byte[] raw = jdbc.queryForObject("select id_document_number_enc from public_user where id = ?::uuid",
                byte[].class, id);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(NUMBER);
        assertThat(raw.length).isGreaterThan(NUMBER.length() + 12);
        assertThat(rows("select count(*) from public_user where id = ?::uuid and id_document_hint = '5432'", id)).isOne();
        // Nothing else in the row holds the number in clear.
        String row = jdbc.queryForObject("select row_to_json(u)::text from (select id, full_name, email, phone, address,"
                + " city, state, postal_code, country, id_document_type, id_document_hint from public_user) u"
                + " where id = ?::uuid", String.class, id);
        assertThat(row).doesNotContain(NUMBER);
    }

    @Test
    void masks_the_number_in_lists_and_details_for_every_role_by_default() {
        String email = uniqueEmail("mask");
        String id = registerId(body("Masked", email, uniquePhone(), "London", NUMBER));

        for (String token : List.of(TestTokens.superAdmin(), TestTokens.admin(), TestTokens.moderator())) {
            as(token).get().uri("/api/users/" + id + "/").exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.idDocumentNumber").isEqualTo("••••5432")
                    .jsonPath("$.idDocumentNumberMasked").isEqualTo(true)
                    .jsonPath("$.idDocumentType").isEqualTo("passport");
            as(token).get().uri("/api/users?q=" + email).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.content.length()").isEqualTo(1)
                    .jsonPath("$.content[0].idDocumentNumber").isEqualTo("••••5432");
        }
    }

    @Test
    void reveals_the_number_to_admins_and_audits_who_read_whose() {
        String id = registerId(body("Revealed", uniqueEmail("rev"), uniquePhone(), "London", NUMBER));

        as(TestTokens.superAdmin()).get().uri("/api/users/" + id + "/?reveal=idDocument").exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, v -> assertThat(v).contains("no-store"))
                .expectBody().jsonPath("$.idDocumentNumber").isEqualTo(NUMBER)
                .jsonPath("$.idDocumentNumberMasked").isEqualTo(false);
        as(TestTokens.admin()).get().uri("/api/users/" + id + "/id-document/").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.idDocumentNumber").isEqualTo(NUMBER)
                .jsonPath("$.idDocumentType").isEqualTo("passport");

        try (KafkaTestConsumer consumer = KafkaTestConsumer.subscribe(Topics.USERS)) {
            List<ConsumerRecord<String, String>> reads = consumer.awaitCount(r -> id.equals(r.key())
                    && "user.pii-revealed.v1".equals(header(r, EventHeaders.TYPE)), 2, Duration.ofSeconds(20));
            assertThat(reads.get(0).value()).contains("\"field\":\"idDocumentNumber\"",
                    TestTokens.SUPER_ADMIN_ID.toString());
            assertThat(reads.get(1).value()).contains(TestTokens.ADMIN_ID.toString());
            assertThat(consumer.received()).filteredOn(r -> id.equals(r.key()))
                    .allSatisfy(r -> assertThat(r.value()).doesNotContain(NUMBER));
        }
    }

    @Test
    void moderators_may_not_see_the_number_in_clear_and_no_audit_event_is_written() {
        String id = registerId(body("Hidden", uniqueEmail("hid"), uniquePhone(), "London", NUMBER));
        long events = outboxRows();

        as(TestTokens.moderator()).get().uri("/api/users/" + id + "/?reveal=idDocument").exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().consumeWith(r -> assertThat(new String(r.getResponseBody(), StandardCharsets.UTF_8))
                        .doesNotContain(NUMBER));
        as(TestTokens.moderator()).get().uri("/api/users/" + id + "/id-document").exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/users/" + id + "?reveal=everything").exchange().expectStatus().isBadRequest();

        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void a_put_without_the_number_keeps_it_and_a_new_number_is_published_as_changed_but_never_shown() {
        String email = uniqueEmail("doc");
        String phone = uniquePhone();
        String id = registerId(body("Doc Change", email, phone, "London", NUMBER));
        String withoutNumber = body("Doc Change", email, phone, "Bath", NUMBER)
                .replaceAll(",\\s*\"idDocumentNumber\":\"[^\"]*\"", "");

        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON).body(withoutNumber)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.idDocumentNumber").isEqualTo("••••5432");
        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(body("Doc Change", email, phone, "Bath", "NEW-000111"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.idDocumentNumber").isEqualTo("••••0111");
        http.get().uri("/api/users/" + id + "/id-document").exchange().expectBody()
                .jsonPath("$.idDocumentNumber").isEqualTo("NEW-000111");

        ConsumerRecord<String, String> changed = KafkaTestConsumer.awaitRecord(Topics.USERS, r -> id.equals(r.key())
                && r.value().contains("\"changedFields\":[\"idDocumentNumber\"]"), Duration.ofSeconds(20));
        assertThat(changed.value()).doesNotContain("NEW-000111").doesNotContain(NUMBER);
    }
}
