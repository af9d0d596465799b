package io.simadmin.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for POST: the first request with a key is processed and its answer stored; a retry
 * with the same key and body gets that answer again (marked {@code Idempotent-Replayed: true}); the same key
 * with another body is a 422; a retry while the first is still running is a 409. Keys are scoped per caller;
 * server errors and 401/403/429 are not stored, so a retry after one is processed anew.
 * <p>
 * On the paths named as atomic the request's own transaction (its {@code @Transactional} methods join it), the claim
 * of the key and the stored answer commit together, and the answer leaves only after that commit: a crash or a failed
 * write leaves neither an effect without an answer nor a key stuck "in progress". The key is claimed after the
 * handler, with its answer, in one statement; a retry is therefore processed too, but when a first request with the
 * key committed (a concurrent one is waited for) the retry's work rolls back and the first answer is given. An answer
 * whose transaction rolled back (a refused request) is not stored, so a corrected retry is processed anew. Paths
 * whose handlers call out of the database (a payment gateway) must not be atomic.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final IdempotencyStore store;
    private final TransactionTemplate tx;
    private final Set<String> atomicPaths;

    public IdempotencyKeyFilter(IdempotencyStore store) {
        this(store, null, Set.of());
    }

    /** @param atomicPaths request URIs (exactly as sent, e.g. both {@code /api/orders} and {@code /api/orders/}) */
    public IdempotencyKeyFilter(IdempotencyStore store, TransactionTemplate tx, Set<String> atomicPaths) {
        if (tx == null && !atomicPaths.isEmpty()) {
            throw new IllegalArgumentException("atomic idempotent paths need a transaction manager");
        }
        this.store = store;
        this.tx = tx;
        this.atomicPaths = Set.copyOf(atomicPaths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            writeProblem(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must be 1 to 255 letters, digits or . _ : -; a UUID is a good choice.");
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.of(request, MAX_BODY_BYTES);
        if (cached == null) {
            writeProblem(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                    "Idempotent requests may carry at most 1 MiB.");
            return;
        }
        String scope = caller(request) + " " + request.getMethod() + " " + request.getRequestURI();
        String hash = hash(scope, cached.body());
        if (atomicPaths.contains(request.getRequestURI())) {
            processInOneTransaction(cached, response, chain, scope, key, hash);
            return;
        }
        Optional<StoredRequest> earlier = store.begin(scope, key, hash);
        if (earlier.isPresent()) {
            answerRetry(request, response, earlier.get(), hash);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, wrapper);
            if (isFinal(wrapper.getStatus())) {
                store.complete(scope, key, new StoredResponse(wrapper.getStatus(), wrapper.getContentType(),
                        wrapper.getHeader(HttpHeaders.LOCATION), wrapper.getContentAsByteArray()));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(scope, key);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void processInOneTransaction(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
                                         String scope, String key, String hash) throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        HeadersSnapshot headersBefore = HeadersSnapshot.of(response);
        boolean answered = false;
        try {
            tx.executeWithoutResult(status -> {
                try {
                    chain.doFilter(request, wrapper);
                    // The key is claimed only now, together with the answer: one statement instead of a claim before
                    // and an update after. A first request still running with this key makes it wait for its commit.
                    Optional<StoredRequest> earlier;
                    if (isFinal(wrapper.getStatus()) && !status.isRollbackOnly()) {
                        earlier = store.record(scope, key, hash, new StoredResponse(wrapper.getStatus(),
                                wrapper.getContentType(), wrapper.getHeader(HttpHeaders.LOCATION),
                                wrapper.getContentAsByteArray()));
                    } else {
                        status.setRollbackOnly();
                        earlier = answeredBefore(scope, key, hash);
                    }
                    if (earlier.isPresent()) {
                        status.setRollbackOnly();
                        wrapper.reset();
                        headersBefore.restore(wrapper);
                        answerRetry(request, wrapper, earlier.get(), hash);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new ServletFailure(e);
                }
            });
            answered = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ServletFailure e) {
            throw e.getCause();
        } finally {
            if (answered) {
                wrapper.copyBodyToResponse();
            } else if (!response.isCommitted()) {
                // Nothing of rolled-back work may reach the client: a 201 whose commit failed would lie.
                response.reset();
            }
        }
    }

    /**
     * A refusal is not kept (the claim made here rolls back with it), but a retry of an answered request must get that
     * answer, not a refusal of the state things are in now. A refusal that came from a failed statement (a constraint
     * the handler answered with 409) leaves the transaction unable to ask; the refusal then stands.
     */
    private Optional<StoredRequest> answeredBefore(String scope, String key, String hash) {
        try {
            return store.begin(scope, key, hash);
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    /** The headers set before the handler ran (request id, tracing), put back when the handler's answer is dropped. */
    private record HeadersSnapshot(List<Map.Entry<String, String>> headers) {

        static HeadersSnapshot of(HttpServletResponse response) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
            return new HeadersSnapshot(headers);
        }

        void restore(HttpServletResponse response) {
            headers.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        }
    }

    /** Carries a filter chain's checked exception out of the transaction callback. */
    private static final class ServletFailure extends RuntimeException {
        ServletFailure(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }

    /**
     * Keys are per caller: another client reusing a key (by chance or on purpose) must neither see nor block this
     * caller's answer. Runs after the security filters, which put the authenticated principal on the request.
     */
    private static String caller(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
    }

    /**
     * Answers a retry may replay. Server errors, authentication and authorization refusals and rate limits say
     * nothing about the request itself: a retry after them (signed in again, given the role) must be processed.
     */
    private static boolean isFinal(int status) {
        return status < 500 && status != 401 && status != 403 && status != 429;
    }

    private void answerRetry(HttpServletRequest request, HttpServletResponse response, StoredRequest earlier,
            String hash) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            writeProblem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key already used", "This Idempotency-Key was used for a different request. "
                            + "Use a new key for a new request.");
        } else if (earlier.inProgress()) {
            writeProblem(request, response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "Request still in progress", "A request with this Idempotency-Key is still being processed; "
                            + "retry in a moment.");
        } else {
            StoredResponse stored = earlier.response();
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            response.setHeader(REPLAYED_HEADER, "true");
            response.getOutputStream().write(stored.body() == null ? new byte[0] : stored.body());
        }
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String slug, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String json = "{\"type\":\"urn:problem-type:simadmin:%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}"
                .formatted(slug, title, status.value(), detail, request.getRequestURI().replace("\"", ""));
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    static String hash(String scope, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
