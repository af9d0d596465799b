package io.simadmin.payment.transactions;

import io.simadmin.events.order.OrderPlaced;
import io.simadmin.payment.TestApi;
import io.simadmin.payment.gateways.SandboxGateway;
import io.simadmin.payment.saga.OrderSaga;
import io.simadmin.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static io.simadmin.payment.PaymentFixtures.moved;
import static io.simadmin.payment.PaymentFixtures.reseller;
import static io.simadmin.payment.PaymentFixtures.resellerOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading transactions: filters, sorting, offset and cursor pages, and who sees what. */
@IntegrationTest
class TransactionApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrderSaga saga;

    TestApi admin;

    @BeforeEach
    void connect() {
        admin = TestApi.admin(port);
    }

    @Test
    void a_transaction_reads_back_with_its_etag_and_a_user_sees_only_their_own() {
        OrderPlaced order = appOrder("19.00", SandboxGateway.VISA);
        saga.handle(envelope(order));

        JsonNode list = admin.get("/api/users/" + order.userId() + "/transactions/");
        assertThat(list.get("content")).hasSize(1);
        JsonNode payment = list.get("content").get(0);
        assertThat(payment.get("type").asString()).isEqualTo("payment");
        assertThat(payment.get("userId").asString()).isEqualTo(order.userId().toString());
        assertThat(payment.get("refundedAmount").asString()).isEqualTo("0.00");
        assertThat(list.get("page").get("totalElements").asInt()).isOne();

        var single = admin.client().get().uri("/api/transactions/" + payment.get("id").asString()).exchange();
        single.expectStatus().isOk().expectHeader().valueEquals("ETag", "\"" + payment.get("version").asLong() + "\"");
        assertThat(admin.exchangeGet("/api/transactions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin.get("/api/users/" + UUID.randomUUID() + "/transactions").get("content")).isEmpty();
    }

    @Test
    void filters_by_order_type_status_and_number_and_rejects_unknown_values() {
        OrderPlaced paid = appOrder("50.00", SandboxGateway.VISA);
        saga.handle(envelope(paid));
        saga.handle(envelope(moved(paid, "confirmed", "cancelled")));
        String number = admin.get("/api/transactions?orderId=" + paid.orderId() + "&type=payment").get("content")
                .get(0).get("transactionNumber").asString();

        assertThat(admin.get("/api/transactions?orderId=" + paid.orderId()).get("content")).hasSize(2);
        assertThat(admin.get("/api/transactions?orderId=" + paid.orderId() + "&type=refund&status=completed")
                .get("content")).singleElement().satisfies(t -> assertThat(t.get("amount").asString()).isEqualTo("50.00"));
        assertThat(admin.get("/api/transactions?q=" + number.toLowerCase()).get("content")).singleElement()
                .satisfies(t -> assertThat(t.get("transactionNumber").asString()).isEqualTo(number));
        assertThat(admin.get("/api/transactions?q=" + paid.orderNumber() + "&sort=amount,asc").get("content"))
                .hasSize(2);
        assertThat(admin.get("/api/transactions?orderId=" + paid.orderId() + "&from=2000-01-01&to=2000-01-02")
                .get("content")).isEmpty();

        assertThat(admin.exchangeGet("/api/transactions?type=gift").status()).isEqualTo(400);
        assertThat(admin.exchangeGet("/api/transactions?status=lost").status()).isEqualTo(400);
        assertThat(admin.exchangeGet("/api/transactions?from=yesterday").status()).isEqualTo(400);
        assertThat(admin.exchangeGet("/api/transactions?sort=secret,asc").status()).isEqualTo(400);
        assertThat(admin.exchangeGet("/api/transactions?userId=not-a-uuid").status()).isEqualTo(400);
        assertThat(admin.exchangeGet("/api/transactions?after=garbage").status()).isEqualTo(400);
    }

    @Test
    void a_cursor_walks_a_resellers_transactions_newest_first_without_repeats() {
        UUID resellerId = UUID.randomUUID();
        saga.handle(envelope(reseller(resellerId, "10.00")));
        List<String> orderNumbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            OrderPlaced order = resellerOrder(resellerId, (10 + i) + ".00");
            saga.handle(envelope(order));
            saga.handle(envelope(moved(order, "dispatched", "delivered")));
            orderNumbers.addFirst(order.orderNumber());
        }

        List<String> seen = new ArrayList<>();
        JsonNode page = admin.get("/api/resellers/" + resellerId + "/transactions?size=2");
        assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(5);
        page.get("content").forEach(t -> seen.add(t.get("orderNumber").asString()));
        while (!page.get("next").isNull()) {
            page = admin.get("/api/resellers/" + resellerId + "/transactions?size=2&after=" + page.get("next").asString());
            assertThat(page.get("page").isNull()).isTrue();
            page.get("content").forEach(t -> seen.add(t.get("orderNumber").asString()));
        }

        assertThat(seen).containsExactlyElementsOf(orderNumbers);
        assertThat(admin.exchangeGet("/api/resellers/" + resellerId + "/transactions?sort=amount,asc&after="
                + admin.get("/api/resellers/" + resellerId + "/transactions?size=1").get("next").asString()).status())
                .isEqualTo(400);
        assertThat(admin.exchangeGet("/api/resellers/" + UUID.randomUUID() + "/transactions").status()).isEqualTo(404);
    }

    @Test
    void a_partner_sees_only_its_own_resellers_transactions() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        saga.handle(envelope(reseller(mine, "5.00")));
        saga.handle(envelope(reseller(theirs, "5.00")));
        OrderPlaced myOrder = resellerOrder(mine, "100.00");
        OrderPlaced theirOrder = resellerOrder(theirs, "100.00");
        for (OrderPlaced order : List.of(myOrder, theirOrder)) {
            saga.handle(envelope(order));
            saga.handle(envelope(moved(order, "dispatched", "delivered")));
        }
        OrderPlaced appOrder = appOrder("10.00", SandboxGateway.VISA);
        saga.handle(envelope(appOrder));
        TestApi partner = TestApi.partner(port, mine);

        JsonNode all = partner.get("/api/transactions?size=200");
        all.get("content").forEach(t -> assertThat(t.get("resellerId").asString()).isEqualTo(mine.toString()));
        assertThat(all.get("content")).hasSize(1);
        assertThat(partner.get("/api/transactions?resellerId=" + theirs).get("content")).isEmpty();
        assertThat(partner.get("/api/resellers/" + mine + "/transactions").get("content")).hasSize(1);
        assertThat(partner.exchangeGet("/api/resellers/" + theirs + "/transactions").status()).isEqualTo(404);
        String theirTransaction = admin.get("/api/resellers/" + theirs + "/transactions").get("content").get(0)
                .get("id").asString();
        assertThat(partner.exchangeGet("/api/transactions/" + theirTransaction).status()).isEqualTo(404);
        String appPayment = admin.get("/api/transactions?orderId=" + appOrder.orderId()).get("content").get(0)
                .get("id").asString();
        assertThat(partner.exchangeGet("/api/transactions/" + appPayment).status()).isEqualTo(404);
        assertThat(partner.exchangeGet("/api/users/" + appOrder.userId() + "/transactions").status()).isEqualTo(403);
    }
}
