package io.simadmin.messaging.consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Work an event's effect starts that must not run inside a database transaction, such as a call to a payment
 * gateway. Outside a {@link BatchedConsumer} batch the effect's own transaction has committed when the consumer
 * returns, so the work runs at once; inside one it waits until the batch's transaction has committed, so a gateway is
 * never called for an effect that is then rolled back.
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);
    private static final ThreadLocal<List<Runnable>> DEFERRED = new ThreadLocal<>();

    private AfterCommit() {
    }

    /** Runs {@code work} now, or after the commit of the batch this thread is applying. */
    public static void run(Runnable work) {
        List<Runnable> deferred = DEFERRED.get();
        if (deferred == null) {
            work.run();
        } else {
            deferred.add(work);
        }
    }

    /** Opens a batch on this thread: {@link #run} defers until {@link #runDeferred} or {@link #discard}. */
    static void open() {
        DEFERRED.set(new ArrayList<>());
    }

    /** The batch committed: runs what it deferred, each on its own, so one failure does not hold back the rest. */
    static void runDeferred() {
        List<Runnable> deferred = DEFERRED.get();
        DEFERRED.remove();
        if (deferred == null) {
            return;
        }
        for (Runnable work : deferred) {
            try {
                work.run();
            } catch (RuntimeException e) {
                // The effect is committed; what it started after the commit (a gateway call) has its own recovery
                // (the payment reconciler finds attempts left in flight).
                log.error("work started by a committed event failed: {}", e.toString(), e);
            }
        }
    }

    /** The batch rolled back: what it deferred never happens. */
    static void discard() {
        DEFERRED.remove();
    }
}
