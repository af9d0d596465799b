package io.simadmin.order.orders;

import io.simadmin.web.problem.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of a list starts: strictly after the order with this (createdAt, id) in the list's order
 * (createdAt desc, id desc). Opaque to clients (base64url), so its form may change without breaking them.
 */
public record OrderCursor(Instant createdAt, UUID id) {

    public static final String PARAMETER = "after";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static OrderCursor after(SimOrder order) {
        return new OrderCursor(order.createdAt(), order.id());
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return ENCODER.encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** @return null for no cursor (the first page) */
    public static OrderCursor parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(DECODER.decode(value.trim()), StandardCharsets.US_ASCII).split(":", 2);
            return new OrderCursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidRequestException(PARAMETER, "must be the next cursor of an earlier page");
        }
    }
}
