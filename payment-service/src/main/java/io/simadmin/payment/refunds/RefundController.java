package io.simadmin.payment.refunds;

import io.simadmin.payment.transactions.TransactionQueries;
import io.simadmin.payment.transactions.TransactionResponse;
import io.simadmin.security.AdminOnly;
import io.simadmin.security.SecurityActors;
import io.simadmin.web.request.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Transactions")
public class RefundController {

    private final Refunds refunds;
    private final TransactionQueries queries;

    public RefundController(Refunds refunds, TransactionQueries queries) {
        this.refunds = refunds;
        this.queries = queries;
    }

    @PostMapping({"/api/transactions/{id}/refund", "/api/transactions/{id}/refund/"})
    @AdminOnly
    @Operation(summary = "Refund a payment, fully or in part",
            description = "Only completed payments; amount absent = everything that remains refundable. More than "
                    + "remains, zero or negative → 422 with refundable; a payment that is not completed, or not a "
                    + "payment → 409. Creates a refund transaction (201, Location) whose status tells what the "
                    + "gateway answered: completed, failed, or pending while the gateway has not said (settled "
                    + "later by reconciliation). Emits PaymentRefunded when it completes. Accepts Idempotency-Key.",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
                    description = "a retry with the same key and body returns the first answer"))
    public ResponseEntity<TransactionResponse> refund(@PathVariable UUID id, @Valid @RequestBody RefundRequest request) {
        UUID refundId = refunds.refund(id, request, SecurityActors.current());
        TransactionResponse refund = queries.find(refundId).orElseThrow();
        return ResponseEntity.created(Locations.of("/api/transactions/{id}", refundId)).body(refund);
    }
}
