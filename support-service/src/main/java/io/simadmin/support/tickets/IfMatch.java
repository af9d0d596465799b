package io.simadmin.support.tickets;

import io.simadmin.web.problem.InvalidRequestException;

/** Reads the ticket version out of an {@code If-Match} header ({@code "3"} or {@code W/"3"}). */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "must be the ETag of the ticket, e.g. \"3\"");
        }
    }
}
