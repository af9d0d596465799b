package io.simadmin.support.tickets;

import java.util.UUID;

/** What a ticket says and whom it is about: the fields staff may edit, already trimmed and parsed. */
record TicketDetails(String subject, String description, TicketPriority priority, UUID userId, UUID resellerId) {
}
