package io.simadmin.messaging.consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs the work committed batches started ({@link AfterCommit}), such as payment gateway calls, off the listener's
 * thread, at most {@code concurrency} at a time: a gateway that takes seconds to answer no longer holds back the
 * events behind it on the partition. When all slots are busy the listener waits for one, so a slow gateway slows
 * consumption down instead of queueing work without bound.
 * <p>
 * Work still running when the process dies is not lost: it only ever follows a committed effect whose own recovery
 * finds it (the payment reconciler settles attempts left in flight).
 */
public final class AfterCommitExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitExecutor.class);

    private final Semaphore slots;
    private final int concurrency;
    private final Duration drain;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("after-commit-", 0).factory());

    /**
     * @param concurrency how many works may run at once
     * @param drain       how long {@link #close} waits for running work to finish
     */
    public AfterCommitExecutor(int concurrency, Duration drain) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.slots = new Semaphore(concurrency);
        this.concurrency = concurrency;
        this.drain = drain;
    }

    /** Starts {@code work} on its own thread once a slot is free; a failure is logged, never thrown. */
    public void execute(Runnable work) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Stopping: the work's own recovery picks it up after the restart.
            log.warn("interrupted while waiting to start work after a commit; leaving it to its recovery");
            return;
        }
        try {
            threads.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // The effect is committed; what it started after the commit has its own recovery.
                    log.error("work started by a committed event failed: {}", e.toString(), e);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            log.warn("could not start work after a commit ({}); leaving it to its recovery", e.toString());
        }
    }

    /** @return works running now */
    public int running() {
        return concurrency - slots.availablePermits();
    }

    /** Takes no more work and waits up to the drain time for the running work to finish. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} works started after commits were still running after {}; their recovery finishes them",
                        running(), drain);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
