package io.simadmin.reseller.credit;

import io.simadmin.security.AdminOnly;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.SecurityActors;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.paging.SortableFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * A reseller's credit ledger: every move of its balance (reservations, releases, commissions, adjustments), newest
 * first. Admin-panel data: staff read, super admins and admins adjust (ADR 0006).
 */
@RestController
@RequestMapping("/api/resellers/{resellerId}/ledger")
@Tag(name = "Reseller credit ledger")
public class LedgerController {

    // seq is the order entries were written in, under the reseller's lock: the order the balance moved in.
    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("seq")),
            "createdAt", "seq", "amount", "amount", "kind", "kind");

    private final LedgerService service;

    public LedgerController(LedgerService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @AdminsAndModerators
    @Operation(summary = "List a reseller's ledger entries", description = "Newest first; filter by kind "
            + "(reservation|release|commission|adjustment) and order id; sort by createdAt, amount or kind; page "
            + "from 0, size up to 200. The newest entry's balanceAfter is the reseller's current balance.")
    public PageResponse<LedgerEntryResponse> list(@PathVariable UUID resellerId,
                                                  @RequestParam(required = false) String kind,
                                                  @RequestParam(required = false) UUID order,
                                                  @RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size,
                                                  @RequestParam(required = false) List<String> sort) {
        return service.list(resellerId, kind, order, PageRequests.of(page, size, sort, SORTABLE));
    }

    @PostMapping({"/adjustments", "/adjustments/"})
    @AdminOnly
    @Operation(summary = "Adjust a reseller's balance by hand", description = "amount: positive raises what the "
            + "reseller owes, negative lowers it (e.g. a payment received); never 0, 2 decimals at most. reason is "
            + "required and kept in the ledger with the admin's id.")
    public ResponseEntity<LedgerEntryResponse> adjust(@PathVariable UUID resellerId,
                                                      @Valid @RequestBody AdjustmentRequest request) {
        LedgerEntryResponse entry = service.adjust(resellerId, request, SecurityActors.current());
        // Entries have no address of their own: they are read in the ledger list.
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }
}
