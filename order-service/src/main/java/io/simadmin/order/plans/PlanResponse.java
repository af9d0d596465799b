package io.simadmin.order.plans;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A plan as the API shows it; {@code version} goes back in PUT (or as If-Match). */
public record PlanResponse(UUID id, String name, String networkProvider, SimType simType,
                           @Schema(type = "string", example = "19.99") BigDecimal price, String currency,
                           boolean active, String description, Instant createdAt, Instant updatedAt, long version) {

    static PlanResponse of(Plan plan) {
        PlanDetails d = plan.details();
        return new PlanResponse(plan.id(), d.name(), d.networkProvider(), d.simType(), d.price(), d.currency(),
                d.active(), d.description(), plan.createdAt(), plan.updatedAt(), plan.version());
    }
}
