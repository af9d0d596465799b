package io.simadmin.reseller.resellers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A reseller as the API shows it. {@code version} goes back in PUT/PATCH (or as If-Match) to guard against lost updates. */
public record ResellerResponse(UUID id, String businessName, String contactPerson, String email, String phone,
                               String address, String city, String state, String country, ResellerStatus status,
                               BigDecimal creditLimit, BigDecimal currentBalance, BigDecimal commissionRate,
                               String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static ResellerResponse of(Reseller reseller) {
        ResellerDetails d = reseller.details();
        return new ResellerResponse(reseller.id(), d.businessName(), d.contactPerson(), d.email(), d.phone(),
                d.address(), d.city(), d.state(), d.country(), reseller.status(), d.creditLimit(),
                reseller.currentBalance(), d.commissionRate(), reseller.createdBy(), reseller.createdAt(),
                reseller.updatedAt(), reseller.version());
    }
}
