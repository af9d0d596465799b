package io.simadmin.reseller.clients;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Body of {@code POST /api/clients} and {@code PUT /api/clients/{id}}. {@code resellerId} only on POST (a client
 * never changes reseller); partners may leave it out (their own reseller). {@code monthlyLimit} is set by admins
 * only; left out, it stays as it is (0 = no limit of its own on POST). {@code status} left out keeps the current one
 * ({@code active} on POST). On PUT, {@code version} (when given) must be the version the client loaded.
 */
public record ClientRequest(
        UUID resellerId,
        @NotBlank @Size(max = 100) String clientName,
        @NotBlank @Email @Size(max = 254) String clientEmail,
        @NotBlank @Pattern(regexp = ClientRequest.PHONE, message = ClientRequest.PHONE_MESSAGE) String clientPhone,
        @NotBlank @Size(max = 50) String planType,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        BigDecimal monthlyLimit,
        @Pattern(regexp = ClientStatus.PATTERN, message = ClientStatus.MESSAGE) String status,
        @PositiveOrZero Long version) {

    /** E.164-like: an optional +, then 6 to 20 digits, spaces, dashes or brackets. */
    static final String PHONE = "\\+?[0-9][0-9 ()-]{5,19}";
    static final String PHONE_MESSAGE = "must be a phone number such as +14155550123";
}
