package io.simadmin.support.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/support/tickets/{id}/status}. The note goes into the event (the activity feed). */
public record TicketStatusRequest(
        @NotBlank @Pattern(regexp = "(?i)" + TicketStatus.VALUES,
                message = "must be one of open, in_progress, resolved, closed") String status,
        @Size(max = 1000) String note,
        @PositiveOrZero Long version) {
}
