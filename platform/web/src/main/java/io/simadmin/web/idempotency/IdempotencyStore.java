package io.simadmin.web.idempotency;

import java.util.Optional;

/** Remembers idempotent requests by (scope, key). Implementations must make {@link #begin} atomic. */
public interface IdempotencyStore {

    /**
     * Claims the key for a new request.
     *
     * @return empty when the caller now owns the key and must process the request; otherwise the earlier request
     */
    Optional<StoredRequest> begin(String scope, String key, String requestHash);

    void complete(String scope, String key, StoredResponse response);

    /** Releases a key whose request failed on the server's side, so that a retry is processed anew. */
    void release(String scope, String key);
}
