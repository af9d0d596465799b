package io.simadmin.order.projections;

import java.util.UUID;

/** A public user as order-service knows it from user-service's events. */
public record UserRef(UUID id, String fullName, String phone, String status) {

    public static final String BLOCKED = "blocked";

    /** A blocked user may place no new orders; pending verification and active users may. */
    public boolean blocked() {
        return BLOCKED.equals(status);
    }
}
