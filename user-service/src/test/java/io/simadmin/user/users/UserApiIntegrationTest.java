package io.simadmin.user.users;

import io.simadmin.events.EventHeaders;
import io.simadmin.events.Topics;
import io.simadmin.test.KafkaTestConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.simadmin.user.users.UserFixtures.body;
import static io.simadmin.user.users.UserFixtures.uniqueEmail;
import static io.simadmin.user.users.UserFixtures.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

class UserApiIntegrationTest extends UserIntegrationTestBase {

    @Test
    void registers_a_pending_user_and_publishes_user_registered() {
        String email = uniqueEmail("Created");

        String phone = uniquePhone();

        JsonNode created = register(body("Grace Hopper", email, phone));

        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("pending_verification");
        assertThat(created.get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(created.get("phone").asString()).isEqualTo(phone.replace(" ", ""));
        assertThat(created.get("country").asString()).isEqualTo("GB");
        assertThat(created.get("dateOfBirth").asString()).isEqualTo("1990-05-17");
        assertThat(created.get("emailVerifiedAt").isNull()).isTrue();
        assertThat(created.get("currentPlan").isNull()).isTrue();
        assertThat(created.get("createdBy").asString()).isEqualTo(io.simadmin.test.TestTokens.ADMIN_ID.toString());
        ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord(Topics.USERS,
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(header(event, EventHeaders.TYPE)).isEqualTo("user.registered.v1");
        assertThat(header(event, EventHeaders.SOURCE)).isEqualTo("/user-service");
        assertThat(event.value()).contains("\"fullName\":\"Grace Hopper\"", "\"status\":\"pending_verification\"")
                .doesNotContain(UserFixtures.ID_NUMBER);
    }

    @Test
    void answers_the_seed_paths_with_and_without_the_trailing_slash() {
        String id = registerId(body("Slash Person"));

        http.get().uri("/api/users/" + id + "/").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        http.get().uri("/api/users/" + id).exchange().expectStatus().isOk();
        http.get().uri("/api/users?q=Slash").exchange().expectStatus().isOk();
    }

    @Test
    void answers_404_for_an_unknown_user() {
        http.get().uri("/api/users/" + UUID.randomUUID() + "/").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.put().uri("/api/users/" + UUID.randomUUID() + "/").contentType(MediaType.APPLICATION_JSON)
                .body(body("Nobody")).exchange().expectStatus().isNotFound();
    }

    @Test
    void rejects_invalid_fields_and_stores_nothing_and_emits_nothing() {
        long users = users();
        long events = outboxRows();

        http.post().uri("/api/users/").contentType(MediaType.APPLICATION_JSON).body("""
                        {"fullName":"","email":"not-an-email","phone":"07700 900123","address":"x","city":"London",
                         "postalCode":"!","country":"XX","dateOfBirth":"2999-01-01","idDocumentType":"passport",
                         "idDocumentNumber":"%s"}""".formatted("A".repeat(101)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("fullName",
                        "email", "phone", "postalCode", "country", "dateOfBirth", "idDocumentNumber"));

        assertThat(users()).isEqualTo(users);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void requires_the_id_document_number_on_registration() {
        String json = body("No Document").replaceAll(",\\s*\"idDocumentNumber\":\"[^\"]*\"", "");

        post(json).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("idDocumentNumber");
    }

    @Test
    void refuses_minors_and_dates_of_birth_in_the_future() {
        LocalDate seventeen = LocalDate.now().minusYears(18).plusDays(1);
        LocalDate justEighteen = LocalDate.now().minusYears(18);
        long users = users();

        post(body("Too Young").replace("1990-05-17", seventeen.toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dateOfBirth")
                .jsonPath("$.errors[0].message").value(m -> assertThat(m.toString()).contains("adult"));
        post(body("Unborn").replace("1990-05-17", LocalDate.now().plusDays(3).toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("must be in the past");
        assertThat(users()).isEqualTo(users);

        post(body("Just Adult").replace("1990-05-17", justEighteen.toString())).expectStatus().isCreated();
    }

    @Test
    void accepts_only_iso_country_codes_and_international_phones() {
        post(body("Lowercase Country").replace("\"GB\"", "\"de\"")).expectStatus().isCreated()
                .expectBody().jsonPath("$.country").isEqualTo("DE");
        post(body("Bad Country").replace("\"GB\"", "\"UK\"")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
        post(body("Short Phone", uniqueEmail("p"), "+44 12")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        post(body("Long Phone", uniqueEmail("p"), "+44 1234 5678 9012 34")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
    }

    @Test
    void rejects_unknown_fields_so_clients_cannot_set_what_they_should_not() {
        String json = body("Sneaky").replace("{", "{\"status\":\"active\",\"currentPlan\":\"Unlimited\",");

        post(json).expectStatus().isBadRequest();
        assertThat(rows("select count(*) from public_user where full_name = 'Sneaky'")).isZero();
    }

    @Test
    void rejects_a_second_user_with_the_same_email_in_any_case_naming_the_field() {
        String email = uniqueEmail("dup");
        registerId(body("First", email, uniquePhone()));
        long users = users();
        long events = outboxRows();

        post(body("Second", email.toUpperCase(), uniquePhone())).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:email-taken")
                .jsonPath("$.errors[0].field").isEqualTo("email");
        assertThat(users()).isEqualTo(users);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void rejects_a_second_user_with_the_same_phone_however_it_is_written() {
        String phone = uniquePhone();
        registerId(body("First Phone", uniqueEmail("a"), phone));
        String sameDigits = phone.replace(" ", "").replaceFirst("^\\+44", "+44-");

        post(body("Second Phone", uniqueEmail("b"), sameDigits)).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:phone-taken")
                .jsonPath("$.errors[0].field").isEqualTo("phone");
    }

    @Test
    void names_both_fields_when_email_and_phone_are_taken() {
        String email = uniqueEmail("both");
        String phone = uniquePhone();
        registerId(body("Both", email, phone));

        post(body("Both Again", email, phone)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("email", "phone"));
    }

    @Test
    void replaces_details_bumps_the_version_and_publishes_the_changed_fields() {
        String email = uniqueEmail("edit");
        String phone = uniquePhone();
        String id = registerId(body("Before", email, phone));

        http.put().uri("/api/users/" + id + "/").contentType(MediaType.APPLICATION_JSON)
                .body(body("After", email, phone, "Leeds", UserFixtures.ID_NUMBER).replace("}", ",\"version\":0}"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.fullName").isEqualTo("After").jsonPath("$.city").isEqualTo("Leeds")
                .jsonPath("$.version").isEqualTo(1);

        ConsumerRecord<String, String> updated = KafkaTestConsumer.awaitRecord(Topics.USERS,
                r -> id.equals(r.key()) && "user.updated.v1".equals(header(r, EventHeaders.TYPE)), Duration.ofSeconds(20));
        assertThat(updated.value()).contains("\"changedFields\":[\"fullName\",\"city\"]");
    }

    @Test
    void a_put_that_changes_nothing_publishes_nothing() {
        String email = uniqueEmail("same");
        String phone = uniquePhone();
        String json = body("Same", email, phone);
        String id = registerId(json);
        long events = outboxRows();

        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
        assertThat(outboxRows()).isEqualTo(events);
    }

    @Test
    void refuses_a_stale_version_in_the_body_with_409_and_a_stale_if_match_with_412() {
        String email = uniqueEmail("stale");
        String phone = uniquePhone();
        String id = registerId(body("Stale", email, phone));
        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(body("Stale", email, phone, "Leeds", UserFixtures.ID_NUMBER)).exchange().expectStatus().isOk();

        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(body("Stale", email, phone, "York", UserFixtures.ID_NUMBER).replace("}", ",\"version\":0}"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:concurrent-change");
        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
                .body(body("Stale", email, phone, "York", UserFixtures.ID_NUMBER))
                .exchange().expectStatus().isEqualTo(412);
        http.patch().uri("/api/users/" + id + "/status/").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"").body("{\"status\":\"active\"}")
                .exchange().expectStatus().isEqualTo(412);
        http.get().uri("/api/users/" + id).exchange().expectBody()
                .jsonPath("$.city").isEqualTo("Leeds").jsonPath("$.status").isEqualTo("pending_verification");
    }

    @Test
    void refuses_to_take_another_users_email_on_update() {
        String taken = uniqueEmail("taken");
        registerId(body("Owner", taken, uniquePhone()));
        String phone = uniquePhone();
        String id = registerId(body("Other", uniqueEmail("other"), phone));

        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON).body(body("Other", taken, phone))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void records_verification_and_forgets_it_when_the_email_changes() {
        String phone = uniquePhone();
        String id = registerId(body("Verified", uniqueEmail("v"), phone));

        http.post().uri("/api/users/" + id + "/verifications/").contentType(MediaType.APPLICATION_JSON)
                .body("{\"channel\":\"email\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.emailVerifiedAt").isNotEmpty().jsonPath("$.phoneVerifiedAt").isEmpty();
        http.post().uri("/api/users/" + id + "/verifications").contentType(MediaType.APPLICATION_JSON)
                .body("{\"channel\":\"phone\"}").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.phoneVerifiedAt").isNotEmpty();
        http.post().uri("/api/users/" + id + "/verifications").contentType(MediaType.APPLICATION_JSON)
                .body("{\"channel\":\"fax\"}").exchange().expectStatus().isBadRequest();

        http.put().uri("/api/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(body("Verified", uniqueEmail("new"), phone)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.emailVerifiedAt").isEmpty().jsonPath("$.phoneVerifiedAt").isNotEmpty();
    }

    @Test
    void lists_with_search_filters_sort_and_paging() {
        String city = "Filterton-" + UUID.randomUUID().toString().substring(0, 6);
        String marker = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        String phone = uniquePhone();
        String a = registerId(body(marker + " Alpha", uniqueEmail("a"), phone, city, "A1234567"));
        String b = registerId(body(marker + " Beta", uniqueEmail("b"), uniquePhone(), city, "B1234567"));
        registerId(body("Elsewhere " + marker, uniqueEmail("c"), uniquePhone(), "Other", "C1234567"));
        http.patch().uri("/api/users/" + b + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"active\"}").exchange().expectStatus().isOk();
        jdbc.update("update public_user set current_plan = 'Unlimited 5G' where id = ?::uuid", a);

        list("/api/users/?city=" + city.toUpperCase() + "&sort=fullName,desc")
                .jsonPath("$.content.length()").isEqualTo(2)
                .jsonPath("$.content[0].id").isEqualTo(b)
                .jsonPath("$.content[1].idDocumentNumber").isEqualTo("••••4567")
                .jsonPath("$.page.totalElements").isEqualTo(2);
        list("/api/users?city=" + city + "&status=active").jsonPath("$.content[0].id").isEqualTo(b)
                .jsonPath("$.page.totalElements").isEqualTo(1);
        list("/api/users?city=" + city + "&plan=unlimited 5g").jsonPath("$.content[0].id").isEqualTo(a)
                .jsonPath("$.content[0].currentPlan").isEqualTo("Unlimited 5G")
                .jsonPath("$.page.totalElements").isEqualTo(1);
        list("/api/users?q=" + marker.toLowerCase() + "&size=2&page=1").jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.page.totalElements").isEqualTo(3).jsonPath("$.page.totalPages").isEqualTo(2);
        list("/api/users?q=" + phone.substring(4).replace(" ", "-")).jsonPath("$.content[0].id").isEqualTo(a);
        http.get().uri("/api/users?status=deleted").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/users?sort=idDocumentNumber").exchange().expectStatus().isBadRequest();
    }

    @Test
    void documents_every_endpoint_in_openapi() {
        http.get().uri("/v3/api-docs/users").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/users/'].get").exists()
                .jsonPath("$.paths['/api/users/'].post").exists()
                .jsonPath("$.paths['/api/users/{id}/'].get").exists()
                .jsonPath("$.paths['/api/users/{id}/'].put").exists()
                .jsonPath("$.paths['/api/users/{id}/status/'].patch").exists()
                .jsonPath("$.paths['/api/users/{id}/id-document/'].get").exists()
                .jsonPath("$.paths['/api/users/{id}/verifications/'].post").exists();
    }

    private RestTestClient.BodyContentSpec list(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody();
    }

    private RestTestClient.ResponseSpec post(String json) {
        return http.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
