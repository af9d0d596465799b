package io.simadmin.auth.admins;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /api/auth/user}: what an admin may change about themselves. Role, active and email are not
 * here, so a body naming them is rejected as unknown fields (no mass assignment).
 */
public record ProfilePatch(
        @Size(min = 1, max = 100) @Pattern(regexp = ProfilePatch.NOT_BLANK, message = "must not be blank") String firstName,
        @Size(min = 1, max = 100) @Pattern(regexp = ProfilePatch.NOT_BLANK, message = "must not be blank") String lastName,
        @Pattern(regexp = ProfilePatch.USERNAME, message = ProfilePatch.USERNAME_MESSAGE) String username) {

    static final String NOT_BLANK = "(?s).*\\S.*";
    /** Letters, digits, dot, dash, underscore; no @, so a username can never be mistaken for an email. */
    static final String USERNAME = "[A-Za-z0-9._-]{3,50}";
    static final String USERNAME_MESSAGE = "must be 3 to 50 letters, digits, dots, dashes or underscores";
}
