package io.simadmin.support.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Body of {@code PUT /api/support/tickets/{id}}: every editable field (a missing {@code userId} or
 * {@code resellerId} means "about no one"). Status and assignee have their own endpoints, so their workflow
 * rules cannot be bypassed here; sending them is an unknown field (400). {@code version}, when given, must be
 * the version the client loaded.
 */
public record UpdateTicketRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = OpenTicketRequest.MAX_TEXT) String description,
        @NotBlank @Pattern(regexp = "(?i)" + TicketPriority.VALUES, message = "must be one of low, medium, high, urgent")
        String priority,
        UUID userId,
        UUID resellerId,
        @PositiveOrZero Long version) {
}
