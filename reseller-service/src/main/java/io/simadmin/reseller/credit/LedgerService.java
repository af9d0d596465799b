package io.simadmin.reseller.credit;

import io.simadmin.events.Actor;
import io.simadmin.events.reseller.ResellerCreditAdjusted;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.reseller.resellers.LiveResellers;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reading a reseller's ledger and admins' manual adjustments of its balance. */
@Service
public class LedgerService {

    private final CreditEntryRepository entries;
    private final CreditLedger ledger;
    private final Outbox outbox;
    private final Clock clock;
    private final LiveResellers resellers;

    public LedgerService(CreditEntryRepository entries, CreditLedger ledger, Outbox outbox, Clock clock,
                         LiveResellers resellers) {
        this.resellers = resellers;
        this.entries = entries;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<LedgerEntryResponse> list(UUID resellerId, String kind, UUID orderId, Pageable pageable) {
        if (!resellers.exists(resellerId)) {
            throw new NotFoundException("reseller", resellerId);
        }
        Specification<CreditEntry> spec = (root, query, cb) -> cb.equal(root.get("resellerId"), resellerId);
        if (kind != null && !kind.isBlank()) {
            EntryKind wanted = EntryKind.fromValue(kind).orElseThrow(() -> new InvalidRequestException("kind",
                    "must be one of reservation, release, commission, adjustment"));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), wanted));
        }
        if (orderId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("orderId"), orderId));
        }
        return PageResponse.of(entries.findAll(spec, pageable), LedgerEntryResponse::of);
    }

    @Transactional
    public LedgerEntryResponse adjust(UUID resellerId, AdjustmentRequest request, Actor actor) {
        BigDecimal amount = request.amount().setScale(2, RoundingMode.UNNECESSARY);
        if (amount.signum() == 0) {
            throw new InvalidRequestException("amount", "must not be 0");
        }
        CreditAccount account = ledger.lock(resellerId).filter(a -> !a.deleted())
                .orElseThrow(() -> new NotFoundException("reseller", resellerId));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String reason = request.reason().trim();
        CreditLedger.Posted posted = ledger.post(account, EntryKind.ADJUSTMENT, amount, null, actor, reason, now);
        outbox.append(new ResellerCreditAdjusted(resellerId, posted.entryId(), amount, posted.balanceAfter(), reason,
                actor, now));
        return LedgerEntryResponse.of(entries.findById(posted.entryId()).orElseThrow());
    }
}
