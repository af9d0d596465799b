package io.simadmin.payment.transactions;

import io.simadmin.web.problem.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of the newest-first list starts: strictly after the row with this (createdAt, id). Opaque to
 * clients (base64url); keyset paging stays as fast at page 5,000 as at page 1, and rows inserted meanwhile neither
 * repeat nor vanish.
 */
public record TransactionCursor(Instant createdAt, UUID id) {

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for no cursor */
    public static TransactionCursor parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            long micros = Long.parseLong(decoded.substring(0, colon));
            return new TransactionCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
                    UUID.fromString(decoded.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new InvalidRequestException("after", "must be the next cursor of an earlier page");
        }
    }
}
