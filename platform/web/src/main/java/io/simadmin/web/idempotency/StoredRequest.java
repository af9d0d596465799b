package io.simadmin.web.idempotency;

/**
 * What is known of an earlier request with the same key.
 *
 * @param requestHash SHA-256 of method, path and body of that request
 * @param response    its answer, or {@code null} while it is still being processed
 */
public record StoredRequest(String requestHash, StoredResponse response) {

    public boolean inProgress() {
        return response == null;
    }
}
