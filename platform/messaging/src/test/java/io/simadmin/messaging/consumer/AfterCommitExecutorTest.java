package io.simadmin.messaging.consumer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class AfterCommitExecutorTest {

    @Test
    void makes_the_listener_wait_for_a_free_slot_when_every_slot_is_busy() throws Exception {
        try (AfterCommitExecutor executor = new AfterCommitExecutor(1, Duration.ofSeconds(5))) {
            CountDownLatch gatewayAnswers = new CountDownLatch(1);
            AtomicBoolean secondRan = new AtomicBoolean();
            executor.execute(() -> awaitQuietly(gatewayAnswers));

            CompletableFuture<Void> listener = CompletableFuture.runAsync(
                    () -> executor.execute(() -> secondRan.set(true)));

            Thread.sleep(300);
            assertThat(listener).isNotDone();
            assertThat(executor.running()).isOne();
            gatewayAnswers.countDown();
            listener.get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).untilTrue(secondRan);
        }
    }

    @Test
    void frees_the_slot_of_a_work_that_failed() {
        try (AfterCommitExecutor executor = new AfterCommitExecutor(1, Duration.ofSeconds(5))) {
            AtomicBoolean nextRan = new AtomicBoolean();

            executor.execute(() -> {
                throw new IllegalStateException("the gateway library broke");
            });
            executor.execute(() -> nextRan.set(true));

            await().atMost(Duration.ofSeconds(5)).untilTrue(nextRan);
        }
    }

    @Test
    void waits_for_running_work_when_the_service_stops() {
        AtomicBoolean finished = new AtomicBoolean();
        AfterCommitExecutor executor = new AfterCommitExecutor(4, Duration.ofSeconds(5));
        executor.execute(() -> {
            sleepQuietly(300);
            finished.set(true);
        });

        executor.close();

        assertThat(finished).isTrue();
    }

    @Test
    void refuses_a_concurrency_below_one() {
        assertThatThrownBy(() -> new AfterCommitExecutor(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
