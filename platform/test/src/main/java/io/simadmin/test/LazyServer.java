package io.simadmin.test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Starts a server on its own thread the first time anyone asks, so two servers can start side by side. */
final class LazyServer<T extends AutoCloseable> {

    private final String name;
    private final Supplier<T> starter;
    private CompletableFuture<T> started;

    LazyServer(String name, Supplier<T> starter) {
        this.name = name;
        this.starter = starter;
    }

    synchronized void startInBackground() {
        if (started == null) {
            started = CompletableFuture.supplyAsync(starter, task -> {
                Thread thread = new Thread(task, "start-" + name);
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    T get() {
        startInBackground();
        try {
            return started.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("shared " + name + " did not start", e.getCause());
        }
    }

    /** Closes the server if it ever started; a start that failed leaves nothing to close. */
    void close() throws Exception {
        CompletableFuture<T> future;
        synchronized (this) {
            future = started;
        }
        if (future == null) {
            return;
        }
        T server;
        try {
            server = future.join();
        } catch (CompletionException failedToStart) {
            return;
        }
        server.close();
    }
}
