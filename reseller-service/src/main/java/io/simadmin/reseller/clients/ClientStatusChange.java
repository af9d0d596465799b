package io.simadmin.reseller.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/clients/{id}/status}. The reason goes into the activity feed. */
public record ClientStatusChange(
        @NotBlank @Pattern(regexp = ClientStatus.PATTERN, message = ClientStatus.MESSAGE) String status,
        @Size(max = 500) String reason,
        @PositiveOrZero Long version) {
}
