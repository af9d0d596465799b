package io.simadmin.order.plans;

import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The plan catalog's use cases. A plan that orders refer to is never erased (the orders keep their copy of its
 * name and price, and the foreign key keeps the row): it is deactivated instead.
 */
@Service
public class PlanService {

    private static final UUID NO_ID = new UUID(0, 0);

    private final PlanRepository plans;
    private final Clock clock;

    PlanService(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<PlanResponse> list(PlanSearch search, Pageable pageable) {
        return PageResponse.of(plans.findAll(search.toSpecification(), pageable), PlanResponse::of);
    }

    @Transactional(readOnly = true)
    public PlanResponse get(UUID id) {
        return PlanResponse.of(load(id));
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        PlanDetails details = normalize(request, true);
        ensureIdentityFree(details, NO_ID);
        Plan plan = new Plan(UuidV7.next(), details, now());
        save(plan);
        return PlanResponse.of(plan);
    }

    @Transactional
    public PlanResponse replace(UUID id, PlanRequest request, Long ifMatch) {
        Plan plan = load(id);
        Versions.check("plan", plan.version(), ifMatch, request.version());
        PlanDetails details = normalize(request, plan.active());
        if (details.equals(plan.details())) {
            return PlanResponse.of(plan);
        }
        ensureIdentityFree(details, id);
        plan.apply(details, now());
        save(plan);
        return PlanResponse.of(plan);
    }

    @Transactional
    public void delete(UUID id, Long ifMatch) {
        Plan plan = load(id);
        Versions.check("plan", plan.version(), ifMatch, null);
        try {
            plans.delete(plan);
            plans.flush();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("plan-in-use", "Plan has orders",
                    "Orders refer to this plan, so it stays in the catalog; set active to false to stop new orders.");
        }
    }

    private Plan load(UUID id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private void save(Plan plan) {
        try {
            plans.saveAndFlush(plan);
        } catch (DataIntegrityViolationException e) {
            // Two requests raced past ensureIdentityFree; the unique index decided.
            throw identityTaken(plan.details());
        }
    }

    private void ensureIdentityFree(PlanDetails d, UUID exceptId) {
        if (plans.identityTaken(d.name(), d.networkProvider(), d.simType(), exceptId)) {
            throw identityTaken(d);
        }
    }

    private static ConflictException identityTaken(PlanDetails d) {
        return new ConflictException("plan-exists", "Plan already exists",
                "A " + d.simType().value() + " plan named " + d.name() + " of " + d.networkProvider()
                        + " already exists.",
                Map.of("errors", List.of(new FieldProblem("name", "is already used by another plan of this provider "
                        + "and SIM type"))));
    }

    /** @param activeByDefault what {@code active} becomes when the request leaves it out */
    private static PlanDetails normalize(PlanRequest r, boolean activeByDefault) {
        return new PlanDetails(r.name().trim(), r.networkProvider().trim(),
                SimType.fromValue(r.simType()).orElseThrow(),
                r.price().setScale(2, RoundingMode.UNNECESSARY),
                r.currency() == null ? "USD" : r.currency().trim().toUpperCase(Locale.ROOT),
                r.active() == null ? activeByDefault : r.active(),
                r.description() == null || r.description().isBlank() ? null : r.description().trim());
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps the response equal to what a later read returns.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
