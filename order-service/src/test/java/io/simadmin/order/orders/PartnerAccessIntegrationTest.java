package io.simadmin.order.orders;

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
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static io.simadmin.order.TestApi.appOrder;
import static io.simadmin.order.TestApi.resellerOrder;
import static io.simadmin.order.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners (ADR 0006) see and place only their own reseller's orders, checked in the service: other resellers'
 * orders and resellers do not exist for them, and of the workflow they may only cancel.
 */
@IntegrationTest
class PartnerAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserProjection userProjection;

    @Autowired
    ResellerProjection resellerProjection;

    TestApi api;
    Parties parties;
    UUID plan;
    UUID mine;
    UUID myClient;
    UUID theirs;
    UUID theirClient;
    UUID theirOrder;
    RestTestClient partner;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        parties = new Parties(userProjection, resellerProjection);
        plan = api.physicalPlan();
        mine = parties.reseller("active");
        myClient = parties.activeClient(mine);
        theirs = parties.reseller("active");
        theirClient = parties.activeClient(theirs);
        theirOrder = TestApi.id(api.placeOrder(resellerOrder(plan, theirs, theirClient, unique("Theirs"))));
        partner = api.as(TestTokens.partner(mine, "orders:read", "orders:write"));
    }

    @Test
    void places_orders_for_its_own_clients_with_or_without_naming_its_reseller() {
        JsonNode placed = TestApi.read(place("""
                {"orderType":"reseller_client","planId":"%s","clientId":"%s","deliveryAddress":"%s"}"""
                .formatted(plan, myClient, unique("Own"))).expectStatus().isCreated().expectBody().returnResult()
                .getResponseBody());

        assertThat(placed.get("resellerId").asString()).isEqualTo(mine.toString());
        assertThat(placed.get("createdBy").asString()).isEqualTo(mine.toString());
        place(resellerOrder(plan, mine, myClient, unique("Own"))).expectStatus().isCreated();
    }

    @Test
    void cannot_order_for_another_reseller_or_its_clients_or_for_app_users() {
        String address = unique("Foreign");
        place(resellerOrder(plan, theirs, theirClient, address)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("resellerId");
        place(resellerOrder(plan, mine, theirClient, address)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("clientId");
        place(appOrder(plan, parties.activeUser(), address)).expectStatus().isForbidden();

        assertThat(jdbc.queryForObject("select count(*) from sim_order where delivery_address = ?", Long.class,
                address)).isZero();
    }

    @Test
    void sees_only_its_own_orders_and_another_resellers_answer_404() {
        UUID own = TestApi.id(api.placeOrder(resellerOrder(plan, mine, myClient, unique("Own"))));

        JsonNode list = TestApi.read(partner.get().uri("/api/orders?size=200").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        assertThat(list.get("page").get("totalElements").asLong()).isOne();
        assertThat(list.get("content").get(0).get("id").asString()).isEqualTo(own.toString());
        JsonNode filtered = TestApi.read(partner.get().uri("/api/orders?resellerId=" + theirs).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(filtered.get("content").size()).isZero();

        partner.get().uri("/api/orders/" + own).exchange().expectStatus().isOk();
        partner.get().uri("/api/resellers/" + mine + "/orders").exchange().expectStatus().isOk();
        partner.get().uri("/api/orders/" + theirOrder).exchange().expectStatus().isNotFound();
        partner.get().uri("/api/orders/" + theirOrder + "/history").exchange().expectStatus().isNotFound();
        partner.get().uri("/api/resellers/" + theirs + "/orders").exchange().expectStatus().isNotFound();
        partner.put().uri("/api/orders/" + theirOrder).contentType(MediaType.APPLICATION_JSON)
                .body("{\"deliveryAddress\":\"Hijacked\"}").exchange().expectStatus().isNotFound();
        partner.patch().uri("/api/orders/" + theirOrder + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"cancelled\"}").exchange().expectStatus().isNotFound();
        assertThat(api.get("/api/orders/" + theirOrder).get("status").asString()).isEqualTo("pending");
    }

    @Test
    void may_cancel_its_own_order_but_not_move_it_along_the_workflow() {
        UUID own = TestApi.id(api.placeOrder(resellerOrder(plan, mine, myClient, unique("Own"))));

        partner.patch().uri("/api/orders/" + own + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"confirmed\"}").exchange().expectStatus().isForbidden();
        partner.patch().uri("/api/orders/" + own + "/status").contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"cancelled\",\"reason\":\"Client changed their mind\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.cancelledReason").isEqualTo("Client changed their mind");
        JsonNode history = api.get("/api/orders/" + own + "/history");
        assertThat(history.get(1).get("actorType").asString()).isEqualTo("reseller");
        assertThat(history.get(1).get("actorId").asString()).isEqualTo(mine.toString());
    }

    @Test
    void a_partner_with_read_scope_only_cannot_place_orders() {
        api.as(TestTokens.partner(mine, "orders:read")).post().uri("/api/orders")
                .contentType(MediaType.APPLICATION_JSON).body(resellerOrder(plan, mine, myClient, unique("Read")))
                .exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec place(String body) {
        return partner.post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
