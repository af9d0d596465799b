package io.simadmin.reseller.resellers;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.web.paging.BoundedCountPages;
import io.simadmin.web.paging.PageResponse;
import jakarta.persistence.EntityManager;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reseller use cases. Every change and its event commit together (the outbox), or neither does. */
@Service
public class ResellerService {

    private final ResellerRepository resellers;
    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;
    private final List<ResellerRecords> records;

    public ResellerService(ResellerRepository resellers, Outbox outbox, Clock clock, List<ResellerRecords> records,
                           EntityManager entityManager) {
        this.resellers = resellers;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public PageResponse<ResellerResponse> list(ResellerSearch search, Pageable pageable) {
        return BoundedCountPages.find(entityManager, Reseller.class, search.toSpecification(), search.filtering(),
                pageable, ResellerResponse::of);
    }

    @Transactional(readOnly = true)
    public ResellerResponse get(UUID id) {
        return ResellerResponse.of(load(id));
    }

    @Transactional
    public ResellerResponse create(ResellerRequest request, Actor actor) {
        ResellerDetails details = normalize(request);
        ensureEmailFree(details.email(), null);
        Instant now = now();
        Reseller reseller = new Reseller(UuidV7.next(), details, actor.id(), now);
        ResellerStatus initial = parseStatus(request.status(), ResellerStatus.PENDING);
        if (initial != ResellerStatus.PENDING) {
            reseller.moveTo(initial, now);
        }
        save(reseller);
        outbox.append(ResellerEvents.registered(reseller, actor, now));
        return ResellerResponse.of(reseller);
    }

    @Transactional
    public ResellerResponse replace(UUID id, ResellerRequest request, Long ifMatch, Actor actor) {
        Reseller reseller = load(id);
        Versions.check("reseller", reseller.version(), ifMatch, request.version());
        return applyChanges(reseller, normalize(request), request.status(), null, actor);
    }

    @Transactional
    public ResellerResponse patch(UUID id, ResellerPatch patch, Long ifMatch, Actor actor) {
        Reseller reseller = load(id);
        Versions.check("reseller", reseller.version(), ifMatch, patch.version());
        ResellerRequest merged = patch.mergedOnto(reseller.details(), reseller.status().value());
        return applyChanges(reseller, normalize(merged), patch.status(), null, actor);
    }

    @Transactional
    public ResellerResponse changeStatus(UUID id, StatusChangeRequest request, Long ifMatch, Actor actor) {
        Reseller reseller = load(id);
        Versions.check("reseller", reseller.version(), ifMatch, null);
        return applyChanges(reseller, reseller.details(), request.status(), blankToNull(request.reason()), actor);
    }

    @Transactional
    public void delete(UUID id, Long ifMatch, Actor actor) {
        Reseller reseller = load(id);
        Versions.check("reseller", reseller.version(), ifMatch, null);
        Instant now = now();
        boolean purge = !reseller.hasHistory(records.stream().anyMatch(r -> r.referTo(id)));
        if (purge) {
            resellers.delete(reseller);
        } else {
            reseller.markDeleted(now);
        }
        resellers.flush();
        outbox.append(ResellerEvents.removed(reseller, purge, actor, now));
    }

    private ResellerResponse applyChanges(Reseller reseller, ResellerDetails details, String requestedStatus,
                                          String reason, Actor actor) {
        Instant now = now();
        ResellerDetails before = reseller.details();
        List<String> changed = ResellerEvents.changedFields(before, details);
        if (changed.contains("email")) {
            ensureEmailFree(details.email(), reseller.id());
        }
        ResellerStatus previous = reseller.status();
        ResellerStatus next = parseStatus(requestedStatus, previous);
        if (next != previous && !previous.canMoveTo(next)) {
            throw invalidMove(previous, next);
        }
        if (!changed.isEmpty()) {
            reseller.apply(details, now);
        }
        if (next != previous) {
            reseller.moveTo(next, now);
        }
        save(reseller);
        if (!changed.isEmpty()) {
            outbox.append(ResellerEvents.updated(reseller, changed, actor, now));
        }
        if (next != previous) {
            outbox.append(ResellerEvents.statusChanged(reseller, previous, reason, actor, now));
        }
        return ResellerResponse.of(reseller);
    }

    private Reseller load(UUID id) {
        return resellers.findLive(id).orElseThrow(() -> new NotFoundException("reseller", id));
    }

    private void save(Reseller reseller) {
        try {
            resellers.saveAndFlush(reseller);
        } catch (DataIntegrityViolationException e) {
            // Two requests raced past ensureEmailFree; the unique index decided.
            throw emailTaken(reseller.details().email());
        }
    }

    private void ensureEmailFree(String email, UUID exceptId) {
        if (resellers.emailTakenByAnother(email, exceptId == null ? new UUID(0, 0) : exceptId)) {
            throw emailTaken(email);
        }
    }

    private static ConflictException emailTaken(String email) {
        return new ConflictException("email-taken", "Email already in use",
                "Another reseller already uses " + email + ".",
                Map.of("errors", List.of(new FieldProblem("email", "is already used by another reseller"))));
    }

    private static ConflictException invalidMove(ResellerStatus from, ResellerStatus to) {
        List<String> allowed = from.allowedNext().stream().map(ResellerStatus::value).sorted().toList();
        return new ConflictException("invalid-status-change", "Status change not allowed",
                "A " + from.value() + " reseller cannot become " + to.value() + "; allowed: "
                        + String.join(", ", allowed) + ".",
                Map.of("currentStatus", from.value(), "allowedStatuses", allowed));
    }


    private static ResellerStatus parseStatus(String value, ResellerStatus fallback) {
        return value == null ? fallback : ResellerStatus.fromValue(value).orElse(fallback);
    }

    private static ResellerDetails normalize(ResellerRequest r) {
        return new ResellerDetails(r.businessName().trim(), r.contactPerson().trim(),
                r.email().trim().toLowerCase(Locale.ROOT), collapseSpaces(r.phone()), r.address().trim(),
                r.city().trim(), r.state() == null ? "" : r.state().trim(), r.country().trim(),
                money(r.creditLimit()), money(r.commissionRate()));
    }

    private static String collapseSpaces(String phone) {
        return java.util.Arrays.stream(phone.trim().split("\\s+")).collect(Collectors.joining(" "));
    }

    private static BigDecimal money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps the response equal to what a later read returns.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
