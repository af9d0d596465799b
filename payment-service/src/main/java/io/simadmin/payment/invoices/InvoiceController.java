package io.simadmin.payment.invoices;

import io.simadmin.payment.saga.KnownOrder;
import io.simadmin.payment.saga.KnownOrders;
import io.simadmin.payment.transactions.TransactionAccess;
import io.simadmin.payment.transactions.TransactionQueries;
import io.simadmin.payment.transactions.TransactionResponse;
import io.simadmin.payment.transactions.TransactionStatus;
import io.simadmin.payment.transactions.TransactionType;
import io.simadmin.security.CurrentCaller;
import io.simadmin.security.StaffOrPartnerWithScope;
import io.simadmin.web.problem.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Transactions")
public class InvoiceController {

    private final TransactionQueries queries;
    private final KnownOrders orders;
    private final InvoicePdf pdf;

    public InvoiceController(TransactionQueries queries, KnownOrders orders, BrandingProperties branding) {
        this.queries = queries;
        this.orders = orders;
        this.pdf = new InvoicePdf(branding);
    }

    @GetMapping(value = {"/api/transactions/{id}/invoice", "/api/transactions/{id}/invoice/"})
    @StaffOrPartnerWithScope("transactions:read")
    @Operation(summary = "Download the invoice of a payment (PDF)",
            description = "Only completed payments have an invoice (409 otherwise); refunds so far are listed on it. "
                    + "Branding (company name, address, tax id, colour) comes from simadmin.branding.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<byte[]> invoice(@PathVariable UUID id) {
        TransactionResponse payment = queries.get(id, TransactionAccess.of(CurrentCaller.require()));
        if (payment.type() != TransactionType.PAYMENT || payment.status() != TransactionStatus.COMPLETED) {
            throw new ConflictException("no-invoice", "No invoice", "Only completed payments have an invoice; "
                    + payment.transactionNumber() + " is a " + payment.status().value() + " "
                    + payment.type().value() + ".", Map.of("type", payment.type().value(),
                    "status", payment.status().value()));
        }
        String planName = payment.orderId() == null ? null
                : orders.find(payment.orderId()).map(KnownOrder::planName).orElse(null);
        List<TransactionResponse> refunds = refundsOf(payment);
        byte[] document = pdf.render(payment, planName, refunds);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invoice-" + payment.transactionNumber() + ".pdf").build().toString())
                .body(document);
    }

    private List<TransactionResponse> refundsOf(TransactionResponse payment) {
        return queries.refundsOf(payment.id()).stream()
                .filter(r -> r.status() == TransactionStatus.COMPLETED)
                .sorted(Comparator.comparing(TransactionResponse::createdAt))
                .toList();
    }
}
