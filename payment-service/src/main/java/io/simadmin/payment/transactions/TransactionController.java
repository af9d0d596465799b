package io.simadmin.payment.transactions;

import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.CurrentCaller;
import io.simadmin.security.StaffOrPartnerWithScope;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The seed's transactions API, with and without the trailing slash. Staff read everything; a partner reads
 * ({@code transactions:read}) only its own reseller's transactions (ADR 0006).
 */
@RestController
@Tag(name = "Transactions")
public class TransactionController {

    // API name → column (TransactionQueries builds ORDER BY from these only).
    static final SortableFields SORTABLE = SortableFields.of(
            Sort.by(Sort.Order.desc("created_at"), Sort.Order.desc("id")),
            "createdAt", "created_at", "updatedAt", "updated_at", "amount", "amount", "status", "status",
            "type", "type", "transactionNumber", "transaction_number", "paymentMethod", "payment_method");

    static final String FILTERS = "Filters: type (payment|refund|commission|credit), status "
            + "(pending|completed|failed|cancelled), method (payment method, e.g. card), from (inclusive) and to "
            + "(exclusive; a date means that whole UTC day), userId, resellerId, orderId, q (start of a TXN- or ORD- "
            + "number). Sort by createdAt, updatedAt, amount, status, type, transactionNumber or paymentMethod "
            + "(field,asc|desc); page from 0, size up to 200. Deep lists: pass the response's next as ?after= "
            + "(newest first, no total, flat cost at any depth).";

    private final TransactionQueries queries;

    public TransactionController(TransactionQueries queries) {
        this.queries = queries;
    }

    @GetMapping({"/api/transactions", "/api/transactions/"})
    @StaffOrPartnerWithScope("transactions:read")
    @Operation(summary = "List transactions", description = FILTERS + " Partners see only their own reseller's.")
    public TransactionPage list(@RequestParam(required = false) String type,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String method,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) UUID userId,
                                @RequestParam(required = false) UUID resellerId,
                                @RequestParam(required = false) UUID orderId,
                                @RequestParam(required = false) String q,
                                @Parameter(description = "cursor: the next of the previous page")
                                @RequestParam(required = false) String after,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) List<String> sort) {
        TransactionAccess access = access();
        TransactionFilter filter = TransactionFilter.parse(type, status, method, from, to, userId, resellerId, orderId, q);
        if (access.isPartner()) {
            if (resellerId != null && !access.mayReach(resellerId)) {
                return empty(page, size, sort);
            }
            filter = filter.withReseller(access.ownReseller());
        }
        return read(filter, after, page, size, sort);
    }

    @GetMapping({"/api/transactions/{id}", "/api/transactions/{id}/"})
    @StaffOrPartnerWithScope("transactions:read")
    @Operation(summary = "Get a transaction", description = "Also answers its version as ETag.")
    public ResponseEntity<TransactionResponse> get(@PathVariable UUID id) {
        TransactionResponse body = queries.get(id, access());
        return ResponseEntity.ok().eTag(Versions.etag(body.version())).body(body);
    }

    @GetMapping({"/api/resellers/{resellerId}/transactions", "/api/resellers/{resellerId}/transactions/"})
    @StaffOrPartnerWithScope("transactions:read")
    @Operation(summary = "List one reseller's transactions", description = FILTERS + " A reseller unknown here "
            + "(no event and no transaction of it) answers 404; so does another reseller's id for a partner.")
    public TransactionPage listOfReseller(@PathVariable UUID resellerId,
                                          @RequestParam(required = false) String type,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String method,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) UUID orderId,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(required = false) String after,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) List<String> sort) {
        if (!access().mayReach(resellerId) || !queries.knowsReseller(resellerId)) {
            throw new NotFoundException("reseller", resellerId);
        }
        TransactionFilter filter = TransactionFilter.parse(type, status, method, from, to, null, resellerId, orderId, q);
        return read(filter, after, page, size, sort);
    }

    @GetMapping({"/api/users/{userId}/transactions", "/api/users/{userId}/transactions/"})
    @AdminsAndModerators
    @Operation(summary = "List one app user's transactions", description = FILTERS + " Users are not known to "
            + "payment-service beyond their transactions, so an unknown user has an empty list.")
    public TransactionPage listOfUser(@PathVariable UUID userId,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String method,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) UUID orderId,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(required = false) String after,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestParam(required = false) List<String> sort) {
        TransactionFilter filter = TransactionFilter.parse(type, status, method, from, to, userId, null, orderId, q);
        return read(filter, after, page, size, sort);
    }

    private TransactionPage read(TransactionFilter filter, String after, Integer page, Integer size,
                                 List<String> sort) {
        Pageable pageable = PageRequests.of(page, size, sort, SORTABLE);
        TransactionCursor cursor = TransactionCursor.parse(after);
        if (cursor == null) {
            return queries.list(filter, pageable);
        }
        TransactionQueries.requireDefaultSort(sort != null && !sort.isEmpty());
        return queries.listAfter(filter, cursor, pageable.getPageSize());
    }

    private static TransactionPage empty(Integer page, Integer size, List<String> sort) {
        Pageable pageable = PageRequests.of(page, size, sort, SORTABLE);
        return new TransactionPage(List.of(), new io.simadmin.web.paging.PageMeta(pageable.getPageNumber(),
                pageable.getPageSize(), 0, 0), null);
    }

    private static TransactionAccess access() {
        return TransactionAccess.of(CurrentCaller.require());
    }
}
