package io.simadmin.payment.payments;

import io.simadmin.payment.transactions.TransactionQueries;
import io.simadmin.payment.transactions.TransactionResponse;
import io.simadmin.payment.transactions.TransactionStatus;
import io.simadmin.security.AdminOnly;
import io.simadmin.security.SecurityActors;
import io.simadmin.web.idempotency.IdempotencyKeyFilter;
import io.simadmin.web.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Payments")
public class PaymentController {

    private final Payments payments;
    private final TransactionQueries queries;

    public PaymentController(Payments payments, TransactionQueries queries) {
        this.payments = payments;
        this.queries = queries;
    }

    @PostMapping({"/api/payments/process", "/api/payments/process/"})
    @AdminOnly
    @Operation(summary = "Charge an app order",
            description = "Charges the order's total (as OrderPlaced told it) through the named or default gateway. "
                    + "Idempotency-Key is required (400 without it): a retry with the same key and body returns the "
                    + "first answer and never charges again. Answers the payment transaction: 200 when the gateway "
                    + "settled it (status completed, or failed with failureCode card_declined | insufficient_funds | "
                    + "gateway_timeout | gateway_error), 202 while its answer is unknown (reconciliation settles it). "
                    + "Unknown order → 404; reseller order, cancelled order, already paid or a charge in flight → 409.",
            parameters = @Parameter(name = IdempotencyKeyFilter.HEADER, in = ParameterIn.HEADER, required = true,
                    description = "unique per payment try, e.g. a UUID"))
    public ResponseEntity<TransactionResponse> process(
            @Valid @RequestBody ProcessPaymentRequest request,
            @Parameter(hidden = true) @RequestHeader(name = IdempotencyKeyFilter.HEADER, required = false) String key) {
        // Checked here rather than by required=true so that callers without the role get 403, not 400.
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException(IdempotencyKeyFilter.HEADER, "is required: a retried payment must "
                    + "never charge twice");
        }
        UUID id = payments.process(request, SecurityActors.current());
        TransactionResponse payment = queries.find(id).orElseThrow();
        HttpStatus status = payment.status() == TransactionStatus.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(payment);
    }
}
