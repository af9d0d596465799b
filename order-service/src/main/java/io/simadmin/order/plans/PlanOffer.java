package io.simadmin.order.plans;

import java.math.BigDecimal;
import java.util.UUID;

/** What an order copies from its plan when it is placed (the plan may change later; the order keeps these). */
public record PlanOffer(UUID id, String name, String networkProvider, SimType simType, BigDecimal price,
                        String currency, boolean active) {
}
