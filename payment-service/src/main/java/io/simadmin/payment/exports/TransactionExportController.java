package io.simadmin.payment.exports;

import io.simadmin.payment.transactions.TransactionFilter;
import io.simadmin.payment.transactions.TransactionQueries;
import io.simadmin.security.AdminOnly;
import io.simadmin.web.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code GET /api/transactions/export}: the filtered list as CSV or XLSX, streamed. Rows go from PostgreSQL (a
 * server-side cursor, {@code fetch-size} rows at a time) to the response as they come, so memory stays flat at any
 * number of rows. Admins only (ADR 0006: exports are bulk business data).
 */
@RestController
@Tag(name = "Transactions")
public class TransactionExportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TransactionQueries queries;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final int fetchSize;

    public TransactionExportController(TransactionQueries queries, PlatformTransactionManager transactions, Clock clock,
                                       @Value("${simadmin.payments.export.fetch-size:1000}") int fetchSize) {
        this.queries = queries;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.fetchSize = fetchSize;
    }

    @GetMapping({"/api/transactions/export", "/api/transactions/export/"})
    @AdminOnly
    @Operation(summary = "Export transactions as CSV or XLSX",
            description = "format=csv (default) or xlsx, plus the list's filters (type, status, method, from, to, "
                    + "userId, resellerId, orderId, q); newest first. Streamed: the download starts at once and "
                    + "memory stays flat at any size. CSV cells that a spreadsheet would run as formulas are "
                    + "prefixed with an apostrophe.")
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                        @RequestParam(required = false) String type,
                                                        @RequestParam(required = false) String status,
                                                        @RequestParam(required = false) String method,
                                                        @RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to,
                                                        @RequestParam(required = false) UUID userId,
                                                        @RequestParam(required = false) UUID resellerId,
                                                        @RequestParam(required = false) UUID orderId,
                                                        @RequestParam(required = false) String q) {
        String kind = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new InvalidRequestException("format", "must be csv or xlsx");
        }
        TransactionFilter filter = TransactionFilter.parse(type, status, method, from, to, userId, resellerId, orderId, q);
        boolean xlsx = kind.equals("xlsx");
        String filename = "transactions-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + "." + kind;
        StreamingResponseBody body = out -> {
            ExportWriter writer = xlsx ? new XlsxExportWriter(out) : new CsvExportWriter(out);
            writer.header();
            readOnly.executeWithoutResult(status2 -> queries.stream(filter, fetchSize, rs -> {
                try {
                    writer.row(TransactionQueries.map(rs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            writer.finish();
        };
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
