package io.simadmin.order.projections;

import java.math.BigDecimal;
import java.util.UUID;

/** A reseller's client as order-service knows it from reseller-service's events. */
public record ClientRef(UUID id, UUID resellerId, String clientName, String clientPhone, String status,
                        BigDecimal monthlyLimit) {

    public static final String ACTIVE = "active";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
