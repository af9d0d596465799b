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

    /**
     * Claims the key and stores its answer at once, for a request processed before its key was claimed. Waits for a
     * concurrent request with the key to commit or roll back.
     *
     * @return empty when the answer is now stored; otherwise the earlier request, whose answer stands
     */
    Optional<StoredRequest> record(String scope, String key, String requestHash, StoredResponse response);

    /** Releases a key whose request failed on the server's side, so that a retry is processed anew. */
    void release(String scope, String key);
}
