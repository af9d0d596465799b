package io.simadmin.support.tickets;

/**
 * Who wrote a reply: type as in the event {@code Actor} ({@code admin}, {@code reseller}), the admin's or
 * reseller's id, and the admin's display name from the token (kept, because the thread is read long after the
 * token is gone and auth-service's database is not ours to join).
 */
record TicketAuthor(String type, String id, String name) {
}
