package io.simadmin.messaging.consumer;

import java.util.ArrayList;
import java.util.List;

/**
 * Work an event's effect starts that must not run inside a database transaction, such as a call to a payment
 * gateway. Outside a {@link BatchedConsumer} batch the effect's own transaction has committed when the consumer
 * returns, so the work runs at once; inside one it waits until the batch's transaction has committed, so a gateway is
 * never called for an effect that is then rolled back, and then runs off the listener's thread
 * ({@link AfterCommitExecutor}).
 */
public final class AfterCommit {

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

    /** The batch committed: @return what it deferred, to start now */
    static List<Runnable> takeDeferred() {
        List<Runnable> deferred = DEFERRED.get();
        DEFERRED.remove();
        return deferred == null ? List.of() : deferred;
    }

    /** The batch rolled back: what it deferred never happens. */
    static void discard() {
        DEFERRED.remove();
    }
}
