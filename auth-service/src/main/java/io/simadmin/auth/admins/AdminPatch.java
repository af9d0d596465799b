package io.simadmin.auth.admins;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/admins/{id}} (super_admin): only the fields present change. */
public record AdminPatch(
        @Size(min = 1, max = 100) @Pattern(regexp = ProfilePatch.NOT_BLANK, message = "must not be blank") String firstName,
        @Size(min = 1, max = 100) @Pattern(regexp = ProfilePatch.NOT_BLANK, message = "must not be blank") String lastName,
        @Pattern(regexp = ProfilePatch.USERNAME, message = ProfilePatch.USERNAME_MESSAGE) String username,
        @Pattern(regexp = "(?i)super_admin|admin|moderator", message = "must be one of " + AdminRole.VALUES) String role,
        Boolean active,
        @PositiveOrZero Long version) {
}
