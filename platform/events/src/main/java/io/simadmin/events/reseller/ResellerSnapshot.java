package io.simadmin.events.reseller;

import java.math.BigDecimal;

/** The reseller fields other services may rely on (the address stays in reseller-service). */
public record ResellerSnapshot(String businessName, String contactPerson, String email, String phone,
                               String city, String state, String country, String status,
                               BigDecimal creditLimit, BigDecimal commissionRate) {
}
