package io.simadmin.web.idempotency;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filter's decisions; the JDBC store's atomicity is covered against PostgreSQL by the services' tests. */
class IdempotencyKeyFilterTest {

    /** Keeps keys in a map: the filter's logic does not depend on where keys are stored. */
    static class MapStore implements IdempotencyStore {
        final Map<String, StoredRequest> requests = new HashMap<>();

        @Override
        public synchronized Optional<StoredRequest> begin(String scope, String key, String requestHash) {
            StoredRequest earlier = requests.putIfAbsent(scope + "|" + key, new StoredRequest(requestHash, null));
            return Optional.ofNullable(earlier);
        }

        @Override
        public synchronized void complete(String scope, String key, StoredResponse response) {
            requests.computeIfPresent(scope + "|" + key, (k, r) -> new StoredRequest(r.requestHash(), response));
        }

        @Override
        public synchronized Optional<StoredRequest> record(String scope, String key, String requestHash,
                                                           StoredResponse response) {
            return Optional.ofNullable(requests.putIfAbsent(scope + "|" + key, new StoredRequest(requestHash, response)));
        }

        @Override
        public synchronized void release(String scope, String key) {
            requests.remove(scope + "|" + key);
        }
    }

    private final MapStore store = new MapStore();
    private final IdempotencyKeyFilter filter = new IdempotencyKeyFilter(store);
    private final AtomicInteger handled = new AtomicInteger();

    private MockHttpServletResponse post(String key, String body, int answerStatus) throws Exception {
        return post("admin-1", key, body, answerStatus);
    }

    private MockHttpServletResponse post(String caller, String key, String body, int answerStatus) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things");
        request.setUserPrincipal(() -> caller);
        request.addHeader(IdempotencyKeyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                String seen = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                res.setStatus(answerStatus);
                res.setContentType("application/json");
                res.getWriter().write("{\"n\":" + handled.incrementAndGet() + ",\"seen\":" + seen + "}");
            }
        }));
        return response;
    }

    @Test
    void replays_the_first_answer_to_a_retry_with_the_same_key_and_body() throws Exception {
        MockHttpServletResponse first = post("k-1", "{\"a\":1}", 201);
        MockHttpServletResponse retry = post("k-1", "{\"a\":1}", 201);

        assertThat(handled).hasValue(1);
        assertThat(first.getContentAsString()).isEqualTo("{\"n\":1,\"seen\":{\"a\":1}}");
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void rejects_the_same_key_with_another_body_with_422() throws Exception {
        post("k-2", "{\"a\":1}", 201);
        MockHttpServletResponse other = post("k-2", "{\"a\":2}", 201);

        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).isEqualTo("application/problem+json");
        assertThat(handled).hasValue(1);
    }

    @Test
    void answers_409_while_the_first_request_is_in_progress() throws Exception {
        store.begin("admin-1 POST /api/things", "k-3", IdempotencyKeyFilter.hash("admin-1 POST /api/things",
                "{}".getBytes(StandardCharsets.UTF_8)));

        MockHttpServletResponse response = post("k-3", "{}", 201);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(handled).hasValue(0);
    }

    @Test
    void processes_a_retry_anew_after_a_server_error() throws Exception {
        post("k-4", "{}", 503);
        MockHttpServletResponse retry = post("k-4", "{}", 201);

        assertThat(handled).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
    }

    @Test
    void keeps_keys_apart_per_caller() throws Exception {
        post("admin-1", "k-5", "{}", 201);
        MockHttpServletResponse other = post("partner-9", "k-5", "{}", 201);

        assertThat(handled).hasValue(2);
        assertThat(other.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
    }

    @Test
    void processes_a_retry_anew_after_a_refusal_by_role() throws Exception {
        post("k-6", "{}", 403);
        MockHttpServletResponse retry = post("k-6", "{}", 201);

        assertThat(handled).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
    }

    @Test
    void rejects_a_malformed_key() throws Exception {
        MockHttpServletResponse response = post("has spaces and \"quotes\"", "{}", 201);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(handled).hasValue(0);
    }

    /** Records what the filter asked of its transactions; the JDBC side is covered by order-service's tests. */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<String> outcomes = new ArrayList<>();
        boolean commitFails;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (commitFails) {
                throw new TransactionSystemException("the database went away at commit");
            }
            outcomes.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            outcomes.add("rollback");
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final IdempotencyKeyFilter atomic = new IdempotencyKeyFilter(store, new TransactionTemplate(transactions),
            Set.of("/api/things"));

    private static MockHttpServletRequest atomicPost(String key) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things");
        request.setUserPrincipal(() -> "admin-1");
        request.addHeader(IdempotencyKeyFilter.HEADER, key);
        request.setContent("{}".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void commits_the_work_and_the_claim_with_its_answer_of_an_atomic_path_together() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        atomic.doFilter(atomicPost("k-atomic"), response, (req, res) -> {
            assertThat(store.requests).as("claimed with the answer, after the work").isEmpty();
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            res.getWriter().write("{\"id\":1}");
        });

        assertThat(transactions.outcomes).containsExactly("commit");
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":1}");
        assertThat(store.requests.values()).singleElement()
                .satisfies(stored -> assertThat(stored.response().status()).isEqualTo(201));
    }

    @Test
    void rolls_back_the_work_of_an_atomic_retry_and_replays_the_first_answer_with_the_headers_set_before() throws Exception {
        MockHttpServletResponse first = new MockHttpServletResponse();
        atomic.doFilter(atomicPost("k-again"), first, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Location", "/api/things/1");
            res.getWriter().write("{\"id\":1}");
        });
        MockHttpServletResponse retry = new MockHttpServletResponse();
        retry.setHeader("X-Request-Id", "r-2");

        atomic.doFilter(atomicPost("k-again"), retry, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Location", "/api/things/2");
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("X-Handler", "second");
            res.getWriter().write("{\"id\":2}");
        });

        assertThat(transactions.outcomes).containsExactly("commit", "rollback");
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo("{\"id\":1}");
        assertThat(retry.getHeader("Location")).isEqualTo("/api/things/1");
        assertThat(retry.getHeader(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.getHeader("X-Request-Id")).isEqualTo("r-2");
        assertThat(retry.getHeader("X-Handler")).isNull();
    }

    @Test
    void replays_the_first_answer_to_an_atomic_retry_the_handler_now_refuses() throws Exception {
        atomic.doFilter(atomicPost("k-refused"), new MockHttpServletResponse(), (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            res.getWriter().write("{\"id\":1}");
        });
        MockHttpServletResponse retry = new MockHttpServletResponse();

        atomic.doFilter(atomicPost("k-refused"), retry, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(422);
            res.getWriter().write("{\"title\":\"the plan is inactive now\"}");
        });

        assertThat(transactions.outcomes).containsExactly("commit", "rollback");
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo("{\"id\":1}");
    }

    @Test
    void keeps_the_answer_of_an_atomic_request_whose_failed_statement_left_the_transaction_unusable() throws Exception {
        IdempotencyStore aborted = new MapStore() {
            @Override
            public synchronized Optional<StoredRequest> begin(String scope, String key, String requestHash) {
                throw new DataIntegrityViolationException("current transaction is aborted");
            }
        };
        IdempotencyKeyFilter filter = new IdempotencyKeyFilter(aborted, new TransactionTemplate(transactions),
                Set.of("/api/things"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(atomicPost("k-aborted"), response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
            res.getWriter().write("{\"title\":\"the database refused a statement\"}");
        });

        assertThat(transactions.outcomes).containsExactly("rollback");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).isEqualTo("{\"title\":\"the database refused a statement\"}");
    }

    @Test
    void rolls_an_atomic_path_back_and_passes_its_servlet_failure_on_unchanged() {
        ServletException failure = new ServletException("handler failed");

        assertThatThrownBy(() -> atomic.doFilter(atomicPost("k-failing"), new MockHttpServletResponse(), (req, res) -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(transactions.outcomes).containsExactly("rollback");
    }

    @Test
    void refuses_atomic_paths_without_a_transaction_manager() {
        assertThatThrownBy(() -> new IdempotencyKeyFilter(store, null, Set.of("/api/things")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sends_nothing_of_an_atomic_answer_whose_commit_failed() {
        transactions.commitFails = true;
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> atomic.doFilter(atomicPost("k-commit"), response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Location", "/api/things/1");
            res.getWriter().write("{\"id\":1}");
        })).isInstanceOf(TransactionSystemException.class);
        assertThat(response.getStatus()).isNotEqualTo(201);
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
