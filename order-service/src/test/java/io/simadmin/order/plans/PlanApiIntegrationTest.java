package io.simadmin.order.plans;

import io.simadmin.order.Parties;
import io.simadmin.order.TestApi;
import io.simadmin.order.projections.ResellerProjection;
import io.simadmin.order.projections.UserProjection;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static io.simadmin.order.TestApi.planBody;
import static io.simadmin.order.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan catalog's API. */
@IntegrationTest
class PlanApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserProjection userProjection;

    @Autowired
    ResellerProjection resellerProjection;

    TestApi api;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
    }

    @Test
    void adds_reads_lists_and_replaces_a_plan() {
        String name = unique("Gold");
        JsonNode created = TestApi.read(api.admin().post().uri("/api/plans/").contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\" %s \",\"networkProvider\":\"MTN\",\"simType\":\"ESIM\",\"price\":\"12.5\"}"
                        .formatted(name))
                .exchange().expectStatus().isCreated().expectHeader().valueMatches("Location", "/api/plans/[0-9a-f-]{36}")
                .expectHeader().valueEquals("ETag", "\"0\"").expectBody().returnResult().getResponseBody());
        UUID id = TestApi.id(created);
        assertThat(created.get("name").asString()).isEqualTo(name);
        assertThat(created.get("simType").asString()).isEqualTo("esim");
        assertThat(created.get("price").asString()).isEqualTo("12.50");
        assertThat(created.get("currency").asString()).isEqualTo("USD");
        assertThat(created.get("active").asBoolean()).isTrue();

        JsonNode read = TestApi.read(api.as(TestTokens.partner(UUID.randomUUID(), "orders:read")).get()
                .uri("/api/plans/" + id).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(read.get("networkProvider").asString()).isEqualTo("MTN");
        JsonNode list = api.get("/api/plans?q=" + name.toLowerCase() + "&simType=esim&active=true");
        assertThat(list.get("content").get(0).get("id").asString()).isEqualTo(id.toString());
        assertThat(api.get("/api/plans?q=" + name + "&simType=physical").get("content").size()).isZero();

        JsonNode replaced = TestApi.read(api.admin().put().uri("/api/plans/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(planBody(name, "esim", "15.00", false).replace("}", ",\"version\":0}"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(replaced.get("price").asString()).isEqualTo("15.00");
        assertThat(replaced.get("active").asBoolean()).isFalse();
        assertThat(replaced.get("version").asLong()).isOne();
        api.admin().put().uri("/api/plans/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(planBody(name, "esim", "16.00", false).replace("}", ",\"version\":0}"))
                .exchange().expectStatus().isEqualTo(409);
        api.admin().put().uri("/api/plans/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body(planBody(name, "esim", "16.00", false)).exchange().expectStatus().isEqualTo(412);
    }

    @Test
    void refuses_invalid_plans_and_duplicates() {
        String name = unique("Dup");
        api.post("/api/plans", planBody(name, "physical", "5.00", null));
        api.admin().post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON)
                .body(planBody(name.toUpperCase(), "physical", "6.00", null)).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:plan-exists");
        api.post("/api/plans", planBody(name, "esim", "5.00", null));

        for (String body : new String[]{
                planBody(unique("Neg"), "physical", "-1.00", null),
                planBody(unique("Frac"), "physical", "1.001", null),
                planBody(unique("Type"), "nano", "1.00", null),
                planBody("", "physical", "1.00", null),
                planBody(unique("Cur"), "physical", "1.00", null).replace("\"USD\"", "\"DOLLARS\""),
                planBody(unique("Extra"), "physical", "1.00", null).replace("}", ",\"discount\":\"1.00\"}")}) {
            api.admin().post().uri("/api/plans").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                    .expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        }
        assertThat(jdbc.queryForObject("select count(*) from plan where lower(name) like ?", Long.class,
                name.toLowerCase() + "%")).isEqualTo(2);
    }

    @Test
    void deletes_an_unused_plan_but_keeps_one_that_orders_refer_to() {
        UUID unused = api.plan("physical", "3.00");
        api.admin().delete().uri("/api/plans/" + unused).exchange().expectStatus().isNoContent();
        api.admin().get().uri("/api/plans/" + unused).exchange().expectStatus().isNotFound();

        UUID used = api.plan("physical", "4.00");
        api.placeAppOrder(used, new Parties(userProjection, resellerProjection).activeUser());
        api.admin().delete().uri("/api/plans/" + used + "/").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:problem-type:simadmin:plan-in-use");
        api.admin().get().uri("/api/plans/" + used).exchange().expectStatus().isOk();
    }
}
