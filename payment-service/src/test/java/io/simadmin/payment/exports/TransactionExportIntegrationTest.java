package io.simadmin.payment.exports;

import io.simadmin.events.order.OrderPlaced;
import io.simadmin.payment.TestApi;
import io.simadmin.payment.gateways.SandboxGateway;
import io.simadmin.payment.saga.OrderSaga;
import io.simadmin.test.IntegrationTest;
import io.simadmin.test.TestTokens;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.simadmin.payment.PaymentFixtures.appOrder;
import static io.simadmin.payment.PaymentFixtures.envelope;
import static org.assertj.core.api.Assertions.assertThat;

/** The streamed export of the filtered transactions list, as a spreadsheet user receives it. */
@IntegrationTest
class TransactionExportIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    OrderSaga saga;

    @Autowired
    JdbcTemplate jdbc;

    OrderPlaced order;
    UUID paymentId;

    @BeforeEach
    void paidAndPartlyRefunded() {
        order = appOrder("64.00", SandboxGateway.VISA);
        saga.handle(envelope(order));
        paymentId = jdbc.queryForObject("select id from transactions where order_id = ? and type = 'payment'",
                UUID.class, order.orderId());
        TestApi.admin(port).post("/api/transactions/" + paymentId + "/refund",
                "{\"amount\":\"4.00\",\"reason\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\"}", null);
    }

    @Test
    void csv_holds_the_filtered_rows_newest_first_with_formula_cells_defused() throws Exception {
        HttpResponse<byte[]> response = download("/api/transactions/export?format=csv&orderId=" + order.orderId(),
                TestTokens.admin());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
                .contains("charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"transactions-").endsWith(".csv\"");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\uFEFFtransactionNumber,type,status,amount,currency,refundedAmount");
        assertThat(lines.get(1)).contains(",refund,completed,4.00,EUR,", order.orderNumber(),
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(lines.get(2)).contains(",payment,completed,64.00,EUR,4.00,card,sandbox,sbx_ch_",
                order.orderNumber(), paymentId.toString());
    }

    @Test
    void xlsx_opens_as_a_workbook_with_a_header_and_the_rows() throws Exception {
        HttpResponse<byte[]> response = download("/api/transactions/export/?format=xlsx&orderId=" + order.orderId(),
                TestTokens.admin());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Transactions");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("transactionNumber");
            assertThat(rows.get(2).getCell(1).getText()).isEqualTo("payment");
            assertThat(rows.get(2).getCell(3).asNumber()).isEqualByComparingTo("64");
            assertThat(rows.get(2).getCell(9).getText()).isEqualTo(order.orderNumber());
        }
    }

    @Test
    void only_admins_export_and_a_bad_format_is_a_400() throws Exception {
        assertThat(download("/api/transactions/export", TestTokens.moderator()).statusCode()).isEqualTo(403);
        assertThat(download("/api/transactions/export?format=pdf", TestTokens.admin()).statusCode()).isEqualTo(400);
        assertThat(download("/api/transactions/export?type=gift", TestTokens.admin()).statusCode()).isEqualTo(400);
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestTokens.bearer(token)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
