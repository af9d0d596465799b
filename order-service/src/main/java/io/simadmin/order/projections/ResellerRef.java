package io.simadmin.order.projections;

import java.util.UUID;

/** A reseller as order-service knows it from reseller-service's events; a deleted one is kept for its orders. */
public record ResellerRef(UUID id, String businessName, String status, boolean deleted) {

    public static final String ACTIVE = "active";

    /** Only an active, undeleted reseller orders. */
    public boolean mayOrder() {
        return !deleted && ACTIVE.equals(status);
    }
}
