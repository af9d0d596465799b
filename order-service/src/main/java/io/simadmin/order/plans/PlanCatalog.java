package io.simadmin.order.plans;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** The plans as order placement sees them: one primary-key lookup, in the caller's transaction. */
@Component
public class PlanCatalog {

    private final PlanRepository plans;

    PlanCatalog(PlanRepository plans) {
        this.plans = plans;
    }

    public Optional<PlanOffer> find(UUID id) {
        return plans.findById(id).map(Plan::offer);
    }
}
