package io.simadmin.order.plans;

import java.math.BigDecimal;

/** A plan's editable fields, validated and normalized (trimmed, currency upper case, price at scale 2). */
record PlanDetails(String name, String networkProvider, SimType simType, BigDecimal price, String currency,
                   boolean active, String description) {
}
