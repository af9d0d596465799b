package io.simadmin.order.orders;

import io.simadmin.order.Parties;
import io.simadmin.order.TestApi;
import io.simadmin.order.projections.ResellerProjection;
import io.simadmin.order.projections.UserProjection;
import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.simadmin.order.TestApi.appOrder;
import static io.simadmin.order.TestApi.resellerOrder;
import static io.simadmin.order.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The orders list: filters, search, sorting, offset pages and cursor pages. */
@IntegrationTest
class OrderListIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserProjection userProjection;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Autowired
    ResellerProjection resellerProjection;

    TestApi api;
    Parties parties;
    UUID plan;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        parties = new Parties(userProjection, resellerProjection);
        plan = api.physicalPlan();
    }

    @Test
    void walks_a_list_with_the_cursor_newest_first_without_gaps_or_repeats() {
        UUID user = parties.activeUser();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            placed.add(api.placeAppOrder(plan, user).toString());
        }

        JsonNode first = api.get("/api/orders?userId=" + user + "&size=3");
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(7);
        List<String> seen = new ArrayList<>(ids(first));
        String next = first.get("next").asString();
        int pages = 1;
        while (next != null) {
            JsonNode page = api.get("/api/orders?userId=" + user + "&size=3&after=" + next);
            assertThat(page.get("page").isNull()).isTrue();
            seen.addAll(ids(page));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(placed.reversed());
        assertThat(api.get("/api/users/" + user + "/orders/?size=3&after=" + first.get("next").asString())
                .get("content").get(0).get("id").asString()).isEqualTo(placed.get(3));
    }

    @Test
    void counts_exactly_up_to_the_limit_and_estimates_beyond_it() {
        UUID user = parties.activeUser();
        for (int i = 0; i < 5; i++) {
            api.placeAppOrder(plan, user);
        }
        OrderFilter mine = OrderFilter.NONE.withUser(user);
        org.springframework.data.domain.Pageable firstTwo = org.springframework.data.domain.PageRequest.of(0, 2,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("created_at"),
                        org.springframework.data.domain.Sort.Order.desc("id")));

        OrderPage exact = new OrderQueries(entityManager, 5, 5).find(mine, OrderAccess.STAFF, firstTwo, true, null);
        OrderPage estimated = new OrderQueries(entityManager, 3, 3).find(mine, OrderAccess.STAFF, firstTwo, true, null);

        assertThat(exact.page().exactTotal()).isTrue();
        assertThat(exact.page().totalElements()).isEqualTo(5);
        assertThat(estimated.page().exactTotal()).isFalse();
        assertThat(estimated.page().totalElements()).isGreaterThanOrEqualTo(4);
        assertThat(estimated.content()).hasSize(2);
        assertThat(api.get("/api/orders?userId=" + user).at("/page/exactTotal").asBoolean()).isTrue();
    }

    @Test
    void counts_a_filter_no_single_index_answers_only_up_to_the_lower_limit() {
        UUID user = parties.activeUser();
        for (int i = 0; i < 4; i++) {
            api.placeAppOrder(plan, user);
        }
        org.springframework.data.domain.Pageable firstTwo = org.springframework.data.domain.PageRequest.of(0, 2,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("created_at"),
                        org.springframework.data.domain.Sort.Order.desc("id")));
        OrderQueries queries = new OrderQueries(entityManager, 10, 2);

        OrderPage oneIndex = queries.find(OrderFilter.NONE.withUser(user), OrderAccess.STAFF, firstTwo, true, null);
        OrderPage twoEqualities = queries.find(
                OrderFilter.parse(null, null, "pending", null, null, user, null, null, null, null),
                OrderAccess.STAFF, firstTwo, true, null);

        assertThat(oneIndex.page().exactTotal()).isTrue();
        assertThat(oneIndex.page().totalElements()).isEqualTo(4);
        assertThat(twoEqualities.page().exactTotal()).isFalse();
        assertThat(twoEqualities.content()).hasSize(2);
    }

    @Test
    void filters_by_source_status_payment_status_reseller_client_and_dates() {
        UUID user = parties.activeUser();
        UUID reseller = parties.reseller("active");
        UUID client = parties.activeClient(reseller);
        UUID appOrder = api.placeAppOrder(plan, user);
        UUID resellerOrderId = TestApi.id(api.placeOrder(resellerOrder(plan, reseller, client, unique("Dock"))));
        api.moveTo(appOrder, "confirmed");

        assertThat(ids(api.get("/api/orders?userId=" + user + "&status=confirmed"))).containsExactly(appOrder.toString());
        assertThat(ids(api.get("/api/orders?userId=" + user + "&status=pending"))).isEmpty();
        assertThat(ids(api.get("/api/orders?resellerId=" + reseller + "&source=reseller")))
                .containsExactly(resellerOrderId.toString());
        assertThat(ids(api.get("/api/orders?resellerId=" + reseller + "&orderType=app_user"))).isEmpty();
        assertThat(ids(api.get("/api/orders?clientId=" + client + "&paymentStatus=pending")))
                .containsExactly(resellerOrderId.toString());
        assertThat(ids(api.get("/api/resellers/" + reseller + "/orders"))).containsExactly(resellerOrderId.toString());
        assertThat(ids(api.get("/api/orders?userId=" + user + "&from=2020-01-01&to=2999-12-31")))
                .containsExactly(appOrder.toString());
        assertThat(ids(api.get("/api/orders?userId=" + user + "&to=2020-01-01"))).isEmpty();
    }

    @Test
    void searches_by_order_number_prefix_customer_name_and_phone() {
        String name = unique("Zanele");
        UUID user = parties.user(name + " Mokoena", "+2782555" + (1000 + (int) (Math.random() * 8999)), "active");
        JsonNode order = api.placeOrder(appOrder(plan, user, unique("Search")));
        String number = order.get("orderNumber").asString();
        String phone = order.get("customerPhone").asString();

        assertThat(ids(api.get("/api/orders?q=" + number.toLowerCase()))).contains(order.get("id").asString());
        assertThat(ids(api.get("/api/orders?q=" + name.toUpperCase()))).containsExactly(order.get("id").asString());
        assertThat(ids(api.get("/api/orders?userId=" + user + "&q=" + phone.substring(3))))
                .containsExactly(order.get("id").asString());
        assertThat(ids(api.get("/api/orders?q=" + unique("nobody")))).isEmpty();
    }

    @Test
    void sorts_by_whitelisted_fields_only_and_keeps_the_cursor_for_the_default_order() {
        UUID user = parties.activeUser();
        UUID cheap = api.placeAppOrder(api.plan("physical", "1.00"), user);
        UUID dear = api.placeAppOrder(api.plan("physical", "99.00"), user);

        JsonNode byTotal = api.get("/api/orders?userId=" + user + "&sort=totalAmount,asc&size=1");
        assertThat(ids(byTotal)).containsExactly(cheap.toString());
        assertThat(byTotal.get("next").isNull()).isTrue();
        assertThat(ids(api.get("/api/orders?userId=" + user + "&sort=totalAmount,desc"))).containsExactly(
                dear.toString(), cheap.toString());

        api.admin().get().uri("/api/orders?sort=customerPhone").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
        String cursor = api.get("/api/orders?userId=" + user + "&size=1").get("next").asString();
        api.admin().get().uri("/api/orders?sort=totalAmount&after=" + cursor).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("after");
        api.admin().get().uri("/api/orders?after=not-a-cursor").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("after");
        api.admin().get().uri("/api/orders?status=lost&from=yesterday&source=shop").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.length()").isEqualTo(3);
    }

    @Test
    void answers_the_lists_of_unknown_users_and_resellers_with_404() {
        api.admin().get().uri("/api/users/" + UUID.randomUUID() + "/orders").exchange().expectStatus().isNotFound();
        api.admin().get().uri("/api/resellers/" + UUID.randomUUID() + "/orders/").exchange().expectStatus()
                .isNotFound();
    }

    private static List<String> ids(JsonNode page) {
        Set<String> ids = new LinkedHashSet<>();
        page.get("content").forEach(o -> ids.add(o.get("id").asString()));
        assertThat(ids).hasSize(page.get("content").size());
        return List.copyOf(ids);
    }
}
