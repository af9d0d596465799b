package io.simadmin.reseller.resellers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/resellers/{id}/status}. The reason goes into the activity feed. */
public record StatusChangeRequest(
        @NotBlank @Pattern(regexp = "(?i)pending|active|suspended", message = "must be one of pending, active, suspended")
        String status,
        @Size(max = 500) String reason) {
}
