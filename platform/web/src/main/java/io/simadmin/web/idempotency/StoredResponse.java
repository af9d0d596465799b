package io.simadmin.web.idempotency;

/** The first answer to an idempotent POST, replayed byte for byte to a retry with the same key. */
public record StoredResponse(int status, String contentType, String location, byte[] body) {
}
