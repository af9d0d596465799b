package io.simadmin.reseller.resellers;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Body of {@code PATCH /api/resellers/{id}}: only the fields present change; a present field may not be blank. */
public record ResellerPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ResellerPatch.NOT_BLANK, message = "must not be blank") String businessName,
        @Size(min = 1, max = 100) @Pattern(regexp = ResellerPatch.NOT_BLANK, message = "must not be blank") String contactPerson,
        @Email @Size(min = 3, max = 254) String email,
        @Pattern(regexp = ResellerRequest.PHONE, message = ResellerRequest.PHONE_MESSAGE) String phone,
        @Size(min = 1, max = 2000) @Pattern(regexp = ResellerPatch.NOT_BLANK, message = "must not be blank") String address,
        @Size(min = 1, max = 100) @Pattern(regexp = ResellerPatch.NOT_BLANK, message = "must not be blank") String city,
        @Size(max = 100) String state,
        @Size(min = 1, max = 100) @Pattern(regexp = ResellerPatch.NOT_BLANK, message = "must not be blank") String country,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        BigDecimal creditLimit,
        @DecimalMin(value = "0.00", message = "must be between 0 and 100")
        @DecimalMax(value = "100.00", message = "must be between 0 and 100") @Digits(integer = 3, fraction = 2)
        BigDecimal commissionRate,
        @Pattern(regexp = "(?i)pending|active|suspended", message = "must be one of pending, active, suspended")
        String status,
        @PositiveOrZero Long version) {

    static final String NOT_BLANK = "(?s).*\\S.*";

    ResellerRequest mergedOnto(ResellerDetails current, String currentStatus) {
        return new ResellerRequest(
                businessName != null ? businessName : current.businessName(),
                contactPerson != null ? contactPerson : current.contactPerson(),
                email != null ? email : current.email(),
                phone != null ? phone : current.phone(),
                address != null ? address : current.address(),
                city != null ? city : current.city(),
                state != null ? state : current.state(),
                country != null ? country : current.country(),
                creditLimit != null ? creditLimit : current.creditLimit(),
                commissionRate != null ? commissionRate : current.commissionRate(),
                status != null ? status : currentStatus,
                version);
    }
}
