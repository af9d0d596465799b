package io.simadmin.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends outbox rows to Kafka in order and deletes them (or, with a retention, marks them sent) only once the broker
 * has acknowledged them ({@code acks=all}, idempotent producer). Rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several instances of a service can relay side by side without sending a row twice at the same time.
 * Delivery is at least once: a crash between the ack and the commit sends a row again, which idempotent consumers
 * absorb.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int PURGE_CHUNK = 10_000;
    // The backlog gauge is read every few seconds; counting after every batch cost a query per batch under load.
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Producer<String, String> producer;
    private final OutboxRelaySettings settings;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final Timer lag;
    private final Counter sent;
    private final Counter failures;
    private final DistributionSummary batches;

    private volatile boolean running;
    private Thread worker;
    private Instant lastPurge = Instant.EPOCH;
    private boolean purgeUnfinished;
    private Instant lastBacklogCount = Instant.EPOCH;
    private int lastSent;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, Producer<String, String> producer,
                       OutboxRelaySettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.producer = producer;
        this.settings = settings;
        this.lag = Timer.builder("simadmin.outbox.relay.lag")
                .description("Time from an event's commit to the outbox until Kafka acknowledged it")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.sent = Counter.builder("simadmin.outbox.sent").description("Events acknowledged by Kafka").register(meters);
        this.failures = Counter.builder("simadmin.outbox.relay.failures")
                .description("Relay batches that Kafka did not acknowledge").register(meters);
        this.batches = DistributionSummary.builder("simadmin.outbox.relay.batch")
                .description("Events acknowledged per relay batch").publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("simadmin.outbox.backlog", backlog, AtomicLong::get)
                .description("Events in the outbox not yet acknowledged by Kafka").register(meters);
    }

    /** Called after a transaction that appended events commits, so they leave at once rather than at the next poll. */
    public void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        try {
            worker.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the database and before the web server, stops after the web server. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }

    private void loop() {
        Duration backoff = settings.pollInterval();
        while (running) {
            try {
                int count = relayBatch();
                lastSent = count;
                backoff = settings.pollInterval();
                refreshBacklogNowAndThen(count);
                purgeOldSentRows();
                if (count == settings.batchSize()) {
                    continue;
                }
            } catch (RuntimeException e) {
                failures.increment();
                refreshBacklogQuietly();
                log.warn("outbox relay could not send; retrying in {} ms: {}", backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
                continue;
            }
            awaitCommits();
        }
    }

    /** @return how many events were sent */
    int relayBatch() {
        BatchResult result = tx.execute(status -> {
            List<OutboxRow> rows = claim();
            if (rows.isEmpty()) {
                return new BatchResult(0, null);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                acks.add(producer.send(OutboxRecords.toRecord(row)));
            }
            producer.flush();
            List<Long> acknowledged = new ArrayList<>(rows.size());
            RuntimeException firstFailure = null;
            for (int i = 0; i < rows.size(); i++) {
                try {
                    acks.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged.add(rows.get(i).seq());
                } catch (Exception e) {
                    if (firstFailure == null) {
                        firstFailure = new IllegalStateException("Kafka did not acknowledge event "
                                + rows.get(i).eventId() + ": " + rootMessage(e), e);
                    }
                }
            }
            markSent(acknowledged);
            Instant now = Instant.now();
            rows.stream().filter(r -> acknowledged.contains(r.seq()))
                    .forEach(r -> lag.record(Duration.between(r.createdAt(), now)));
            sent.increment(acknowledged.size());
            batches.record(acknowledged.size());
            if (firstFailure != null) {
                recordFailure(rows, acknowledged, firstFailure.getMessage());
            }
            return new BatchResult(acknowledged.size(), firstFailure);
        });
        // Thrown only after the commit, so rows that did go out stay marked as sent.
        if (result.failure() != null) {
            throw result.failure();
        }
        return result.sent();
    }

    private record BatchResult(int sent, RuntimeException failure) {
    }

    private List<OutboxRow> claim() {
        return jdbc.query("""
                        select seq, event_id, topic, event_key, event_type, source, occurred_at, traceparent, payload, created_at
                        from messaging.outbox where sent_at is null order by seq limit ? for update skip locked""",
                (rs, n) -> new OutboxRow(rs.getLong("seq"), rs.getObject("event_id", java.util.UUID.class),
                        rs.getString("topic"), rs.getString("event_key"), rs.getString("event_type"),
                        rs.getString("source"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("traceparent"), rs.getString("payload"), rs.getTimestamp("created_at").toInstant()),
                settings.batchSize());
    }

    /**
     * Deletes the acknowledged rows, or stamps them sent when they are kept for a while. Kafka keeps the events; a row
     * kept here is an update (a new row version, three index entries) and later a delete, and a table of days of sent
     * rows made every autovacuum and autoanalyze of it scan millions of entries.
     */
    private void markSent(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return;
        }
        boolean keep = settings.sentRetention().isPositive();
        jdbc.update(con -> {
            var statement = con.prepareStatement(keep
                    ? "update messaging.outbox set sent_at = ?, attempts = attempts + 1 where seq = any(?)"
                    : "delete from messaging.outbox where seq = any(?)");
            int index = 1;
            if (keep) {
                statement.setTimestamp(index++, Timestamp.from(Instant.now()));
            }
            Array array = con.createArrayOf("bigint", seqs.toArray());
            statement.setArray(index, array);
            return statement;
        });
    }

    /** Counts the failed attempt on the rows left unsent; committed with the rows that did go out. */
    private void recordFailure(List<OutboxRow> rows, List<Long> acknowledged, String error) {
        Long[] failed = rows.stream().map(OutboxRow::seq).filter(s -> !acknowledged.contains(s)).toArray(Long[]::new);
        jdbc.update(con -> {
            var statement = con.prepareStatement("update messaging.outbox set attempts = attempts + 1, last_error = ? "
                    + "where seq = any(?)");
            statement.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
            statement.setArray(2, con.createArrayOf("bigint", failed));
            return statement;
        });
    }

    /** Counts at most once a second while events flow, and once more when they stop, so the gauge ends true. */
    private void refreshBacklogNowAndThen(int sentInBatch) {
        Instant now = Instant.now();
        boolean quietWithStaleGauge = sentInBatch == 0 && backlog.get() != 0;
        if (quietWithStaleGauge || Duration.between(lastBacklogCount, now).compareTo(BACKLOG_REFRESH) >= 0) {
            lastBacklogCount = now;
            refreshBacklog();
        }
    }

    private void refreshBacklog() {
        Long count = jdbc.queryForObject("select count(*) from messaging.outbox where sent_at is null", Long.class);
        backlog.set(count == null ? 0 : count);
    }

    private void refreshBacklogQuietly() {
        try {
            refreshBacklog();
        } catch (RuntimeException e) {
            log.debug("outbox backlog not readable: {}", e.getMessage());
        }
    }

    /**
     * Sent rows past the retention (with none, those a relay that kept them left behind), hourly and a chunk at a
     * time: a chunk that came back full is followed by the next one after the next batch, so that millions of rows
     * left by an earlier version never hold back the events waiting to be sent.
     */
    private void purgeOldSentRows() {
        if (!purgeUnfinished && Duration.between(lastPurge, Instant.now()).compareTo(Duration.ofHours(1)) < 0) {
            return;
        }
        lastPurge = Instant.now();
        int purged = jdbc.update("""
                        delete from messaging.outbox where seq in (
                            select seq from messaging.outbox where sent_at < ? limit ?)""",
                Timestamp.from(Instant.now().minus(settings.sentRetention())), PURGE_CHUNK);
        purgeUnfinished = purged == PURGE_CHUNK;
        if (purged > 0) {
            log.debug("purged {} outbox rows sent more than {} ago", purged, settings.sentRetention());
        }
    }

    /**
     * Waits until a commit wakes the relay (or the poll interval passes). While events come faster than one per batch
     * (the last batch carried several), it then lingers, so that commits arriving close behind share the claim, the
     * Kafka request and the commit; a lone event on a quiet system leaves at once.
     */
    private void awaitCommits() {
        try {
            boolean woken = wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            if (woken && running && lastSent > 1 && settings.linger().isPositive()) {
                Thread.sleep(settings.linger());
            }
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void sleep(Duration duration) {
        try {
            wakeUp.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
