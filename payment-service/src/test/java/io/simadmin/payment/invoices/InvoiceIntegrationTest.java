package io.simadmin.payment.invoices;

import io.simadmin.events.order.OrderPlaced;
import io.simadmin.payment.TestApi;
import io.simadmin.payment.gateways.SandboxGateway;
import io.simadmin.payment.saga.OrderSaga;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InvoiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrderSaga saga;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_paid_order_has_a_branded_pdf_invoice_naming_the_order_and_its_refunds() throws Exception {
        OrderPlaced order = appOrder("49.90", SandboxGateway.VISA);
        saga.handle(envelope(order));
        UUID payment = paymentOf(order);
        TestApi.admin(port).post("/api/transactions/" + payment + "/refund",
                "{\"amount\":\"9.90\",\"reason\":\"Wrong colour\"}", null);

        HttpResponse<byte[]> response = download("/api/transactions/" + payment + "/invoice", TestTokens.moderator());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"invoice-TXN-");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(order.orderNumber(), "Prepaid 30 GB", "49.90 EUR", "Testing SIM Company",
                    "Tax ID: TAX-TEST-42", "42 Test Lane", "Refund TXN-", "-9.90 EUR", "Net paid", "40.00 EUR");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Invoice TXN-");
        }
    }

    @Test
    void an_unpaid_payment_has_no_invoice_and_an_unknown_one_is_404() throws Exception {
        OrderPlaced order = appOrder("10.00", null);
        saga.handle(envelope(order));

        assertThat(download("/api/transactions/" + paymentOf(order) + "/invoice/", TestTokens.admin()).statusCode())
                .isEqualTo(409);
        assertThat(download("/api/transactions/" + UUID.randomUUID() + "/invoice", TestTokens.admin()).statusCode())
                .isEqualTo(404);
    }

    private UUID paymentOf(OrderPlaced order) {
        return jdbc.queryForObject("select id from transactions where order_id = ? and type = 'payment'", UUID.class,
                order.orderId());
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
