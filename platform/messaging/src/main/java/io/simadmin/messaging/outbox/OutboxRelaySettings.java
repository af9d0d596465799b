package io.simadmin.messaging.outbox;

import java.time.Duration;

/**
 * @param batchSize     rows claimed and sent per transaction
 * @param pollInterval  how long the relay waits for new rows when none woke it
 * @param sendTimeout   how long it waits for Kafka's acknowledgement of one record
 * @param linger        how long a busy relay waits, once a commit woke it, for more commits to join the batch
 * @param sentRetention how long rows stay after Kafka acknowledged them; zero deletes them at once
 */
public record OutboxRelaySettings(int batchSize, Duration pollInterval, Duration sendTimeout, Duration linger,
                                  Duration sentRetention) {
}
