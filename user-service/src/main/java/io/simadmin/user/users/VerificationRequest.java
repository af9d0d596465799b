package io.simadmin.user.users;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/users/{id}/verifications}: staff confirm that the user owns this email or phone. */
public record VerificationRequest(@NotNull VerificationChannel channel) {
}
