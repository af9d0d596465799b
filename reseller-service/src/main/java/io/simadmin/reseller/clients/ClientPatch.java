package io.simadmin.reseller.clients;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Body of {@code PATCH /api/clients/{id}}: only the fields present change; a present field may not be blank. */
public record ClientPatch(
        @Size(min = 1, max = 100) @Pattern(regexp = ClientPatch.NOT_BLANK, message = "must not be blank") String clientName,
        @Email @Size(min = 3, max = 254) String clientEmail,
        @Pattern(regexp = ClientRequest.PHONE, message = ClientRequest.PHONE_MESSAGE) String clientPhone,
        @Size(min = 1, max = 50) @Pattern(regexp = ClientPatch.NOT_BLANK, message = "must not be blank") String planType,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        BigDecimal monthlyLimit,
        @Pattern(regexp = ClientStatus.PATTERN, message = ClientStatus.MESSAGE) String status,
        @PositiveOrZero Long version) {

    static final String NOT_BLANK = "(?s).*\\S.*";

    ClientRequest mergedOnto(ResellerClient current) {
        ClientDetails d = current.details();
        return new ClientRequest(null,
                clientName != null ? clientName : d.clientName(),
                clientEmail != null ? clientEmail : d.clientEmail(),
                clientPhone != null ? clientPhone : d.clientPhone(),
                planType != null ? planType : d.planType(),
                monthlyLimit,
                status,
                version);
    }
}
