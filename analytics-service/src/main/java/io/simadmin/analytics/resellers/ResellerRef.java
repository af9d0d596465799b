package io.simadmin.analytics.resellers;

import java.util.UUID;

/** A reseller as the read model knows it; {@code businessName} and {@code status} may be null after a replay. */
public record ResellerRef(UUID resellerId, String businessName, String status, boolean removed) {
}
