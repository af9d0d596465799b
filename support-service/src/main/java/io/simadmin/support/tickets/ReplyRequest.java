package io.simadmin.support.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/support/tickets/{id}/reply}. {@code internal} (default false) makes it a note only
 * staff see; partners may only reply publicly.
 */
public record ReplyRequest(@NotBlank @Size(max = OpenTicketRequest.MAX_TEXT) String body, Boolean internal) {

    boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
