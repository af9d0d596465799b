package io.simadmin.events.reseller;

import java.math.BigDecimal;

/** The client fields other services may rely on. Money at scale 2; {@code monthlyLimit} 0 means no own limit. */
public record ResellerClientSnapshot(String clientName, String clientEmail, String clientPhone, String planType,
                                     String status, BigDecimal monthlyLimit) {
}
