package io.simadmin.support.tickets;

import io.simadmin.events.Actor;
import io.simadmin.security.CurrentCaller;
import io.simadmin.security.Roles;

import java.util.Set;
import java.util.UUID;

/**
 * Who works with tickets in this request, reduced to what the ticket rules need (ADR 0006): staff see every
 * ticket; a partner sees only its own reseller's, and other tickets do not exist for it (404, not 403, so that
 * ids cannot be probed).
 *
 * @param resellerId the partner's reseller; null for staff
 */
record TicketCaller(Set<String> roles, String subject, String name, UUID resellerId) {

    /**
     * The caller of the current request. Without one (only possible when platform-security is switched off for a
     * local run) it is an admin without id, as {@code SecurityActors} records it.
     */
    static TicketCaller current() {
        return CurrentCaller.current()
                .map(c -> new TicketCaller(c.roles(), c.subject(), c.name(), c.isPartner() ? c.requireReseller() : null))
                .orElseGet(() -> new TicketCaller(Set.of(Roles.ADMIN), null, null, null));
    }

    boolean isPartner() {
        return resellerId != null;
    }

    boolean maySee(Ticket ticket) {
        return !isPartner() || resellerId.equals(ticket.resellerId());
    }

    /** Super admins and admins hand tickets to anyone; moderators may only take them (ADR 0006). */
    boolean mayAssignToAnyone() {
        return !isPartner() && (roles.contains(Roles.SUPER_ADMIN) || roles.contains(Roles.ADMIN));
    }

    /** The admin's id ({@code sub}) when it is one, else null. */
    UUID adminId() {
        if (isPartner() || subject == null) {
            return null;
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    TicketAuthor author() {
        return isPartner()
                ? new TicketAuthor(Actor.RESELLER, resellerId.toString(), null)
                : new TicketAuthor(Actor.ADMIN, subject, name);
    }
}
