package io.simadmin.reseller.resellers;

import java.math.BigDecimal;

/** The fields an admin edits, already validated and normalized (trimmed, email lowercased, money at scale 2). */
record ResellerDetails(String businessName, String contactPerson, String email, String phone, String address,
                       String city, String state, String country, BigDecimal creditLimit, BigDecimal commissionRate) {
}
