package io.simadmin.reseller.resellers;

import java.util.UUID;

/** Request bodies for reseller tests; each call gets a unique email so tests never collide on the shared database. */
final class ResellerFixtures {

    private ResellerFixtures() {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    static String body(String businessName, String email) {
        return body(businessName, email, "London", "GB");
    }

    static String body(String businessName, String email, String city, String country) {
        return """
                {"businessName":"%s","contactPerson":"Ada Lovelace","email":"%s","phone":"+44 20 7946 0958",
                 "address":"1 Analytical Way","city":"%s","state":"","country":"%s",
                 "creditLimit":"2500.00","commissionRate":"7.50"}""".formatted(businessName, email, city, country);
    }
}
