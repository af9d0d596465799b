package io.simadmin.user.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/users} (registration) and {@code PUT /api/users/{id}}: every editable field. The ID
 * document number is required on registration; on PUT it may be left out to keep the stored one (staff normally
 * see only its mask). On PUT, {@code version} (when given) must be the version the client loaded.
 */
public record UserRequest(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 254) @Email(regexp = ".+@[^@]+\\.[^@]+", message = "must be an email address") String email,
        @NotBlank @Size(max = 25) @Pattern(regexp = UserRequest.PHONE, message = UserRequest.PHONE_MESSAGE) String phone,
        @NotBlank @Size(max = 1000) String address,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String state,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{1,19}", message = "must be 2 to 20 letters, digits, "
                + "spaces or dashes") String postalCode,
        @NotBlank @IsoCountry String country,
        @NotNull @AdultBirthDate LocalDate dateOfBirth,
        @NotBlank @Size(max = 50) String idDocumentType,
        @NotBlank(groups = OnRegistration.class)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ./-]{3,99}", message = "must be 4 to 100 letters, digits, spaces, "
                + "dots, slashes or dashes") String idDocumentNumber,
        @PositiveOrZero Long version) {

    /**
     * E.164-like: a +, the country code and number (8 to 15 digits in all, E.164's limit), optionally grouped by
     * spaces, dashes or brackets. The + is required: phones are unique, and "020 7946 0958" could be anyone's.
     */
    static final String PHONE = "(?=(?:[^0-9]*[0-9]){8,15}[^0-9]*$)\\+[1-9][0-9 ()-]*";
    static final String PHONE_MESSAGE = "must be an international phone number such as +14155550123";
}
