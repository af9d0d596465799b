package io.simadmin.support.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Body of {@code POST /api/support/tickets}. Staff may open a ticket about a public user and/or a reseller;
 * a partner opens tickets for its own reseller only ({@code resellerId} may be left out, {@code userId} not set).
 * Status, number, assignee and timestamps are the server's.
 */
public record OpenTicketRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = OpenTicketRequest.MAX_TEXT) String description,
        @Pattern(regexp = "(?i)" + TicketPriority.VALUES, message = "must be one of low, medium, high, urgent")
        String priority,
        UUID userId,
        UUID resellerId) {

    /** Long enough for a pasted log excerpt, short enough that one ticket cannot fill the database. */
    static final int MAX_TEXT = 10_000;
}
