package io.simadmin.analytics.ingest;

import io.simadmin.events.support.TicketAssigned;
import io.simadmin.events.support.TicketOpened;
import io.simadmin.events.support.TicketReplied;
import io.simadmin.events.support.TicketStatusChanged;
import io.simadmin.events.support.TicketUpdated;

import java.util.UUID;

/**
 * Feed lines about support tickets: "Ticket TCK-2026-000042 opened: SIM not activating". A reply's text never
 * appears (a customer's message may hold personal data, and an internal note must not leave support staff's
 * hands): the line says that someone replied, not what.
 */
final class TicketActivities {

    static final String SUBJECT_TYPE = "ticket";

    private TicketActivities() {
    }

    static String describe(TicketOpened event) {
        return ticket(event.ticketNumber(), event.ticketId()) + " opened" + Activities.because(event.subject());
    }

    static String describe(TicketUpdated event) {
        String fields = Activities.fieldList(event.changedFields());
        return ticket(event.ticketNumber(), event.ticketId()) + " updated" + (fields.isEmpty() ? "" : ": " + fields);
    }

    static String describe(TicketAssigned event) {
        String ticket = ticket(event.ticketNumber(), event.ticketId());
        return event.assigneeId() == null ? ticket + " unassigned" : ticket + " assigned to admin " + event.assigneeId();
    }

    static String describe(TicketReplied event) {
        String ticket = ticket(event.ticketNumber(), event.ticketId());
        String author = Activities.words(event.authorType() == null ? "" : event.authorType());
        String by = author.isEmpty() ? "" : " by " + author + (event.authorId() == null ? "" : " " + event.authorId());
        return event.internal() ? "Internal note added to " + ticket.replaceFirst("^Ticket", "ticket") + by
                : ticket + " answered" + by;
    }

    static String describe(TicketStatusChanged event) {
        String ticket = ticket(event.ticketNumber(), event.ticketId());
        String status = Activities.lower(event.status());
        String previous = Activities.lower(event.previousStatus());
        String what = switch (status) {
            case "open" -> "reopened";
            case "in_progress" -> "in progress";
            case "resolved" -> "resolved";
            case "closed" -> "closed";
            default -> "status changed" + (previous.isEmpty() ? "" : " from " + Activities.words(previous))
                    + " to " + Activities.words(status);
        };
        return ticket + " " + what + Activities.because(event.note());
    }

    private static String ticket(String number, UUID id) {
        return "Ticket " + (number == null || number.isBlank() ? String.valueOf(id) : number);
    }
}
