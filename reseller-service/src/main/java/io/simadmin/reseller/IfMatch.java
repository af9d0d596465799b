package io.simadmin.reseller;

import io.simadmin.web.problem.InvalidRequestException;

/** Reads the version out of an {@code If-Match} header carrying one of our ETags ({@code "3"} or {@code W/"3"}). */
public final class IfMatch {

    private IfMatch() {
    }

    /** @return the version, or null when the header is absent */
    public static Long version(String ifMatch, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "must be the ETag of the " + resource + ", e.g. \"3\"");
        }
    }
}
