package io.simadmin.reseller.resellers;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * Body of {@code POST /api/resellers} and {@code PUT /api/resellers/{id}}: every editable field. On PUT,
 * {@code version} (when given) must be the version the client loaded.
 */
public record ResellerRequest(
        @NotBlank @Size(max = 200) String businessName,
        @NotBlank @Size(max = 100) String contactPerson,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = ResellerRequest.PHONE, message = ResellerRequest.PHONE_MESSAGE) String phone,
        @NotBlank @Size(max = 2000) String address,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String state,
        @NotBlank @Size(max = 100) String country,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        BigDecimal creditLimit,
        @DecimalMin(value = "0.00", message = "must be between 0 and 100")
        @DecimalMax(value = "100.00", message = "must be between 0 and 100") @Digits(integer = 3, fraction = 2)
        BigDecimal commissionRate,
        @Pattern(regexp = "(?i)pending|active|suspended", message = "must be one of pending, active, suspended")
        String status,
        @PositiveOrZero Long version) {

    /** E.164-like: an optional +, then 6 to 20 digits, spaces, dashes or brackets. */
    static final String PHONE = "\\+?[0-9][0-9 ()-]{5,19}";
    static final String PHONE_MESSAGE = "must be a phone number such as +14155550123";
}
