package io.simadmin.user.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/users/{id}/status}. The reason goes into the activity feed; blocking needs one. */
public record StatusChangeRequest(
        @NotBlank @Pattern(regexp = UserStatus.PATTERN, message = UserStatus.MESSAGE) String status,
        @Size(max = 500) String reason) {
}
