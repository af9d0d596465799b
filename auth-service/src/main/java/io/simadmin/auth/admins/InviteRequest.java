package io.simadmin.auth.admins;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/admins}: invite someone; they choose their password through the emailed link. */
public record InviteRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = ProfilePatch.USERNAME, message = ProfilePatch.USERNAME_MESSAGE) String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Pattern(regexp = "(?i)super_admin|admin|moderator", message = "must be one of " + AdminRole.VALUES) String role) {
}
