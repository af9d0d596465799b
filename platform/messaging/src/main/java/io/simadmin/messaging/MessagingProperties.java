package io.simadmin.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code simadmin.messaging.*}.
 *
 * @param relayEnabled        whether this instance relays the outbox (off only for tests that drive it by hand)
 * @param relayBatchSize      rows per relay transaction
 * @param relayPollInterval   wait between polls when no commit woke the relay
 * @param relayLinger         wait after a commit woke a busy relay, so that commits close behind it share its batch
 * @param sendTimeout         how long the relay waits for one acknowledgement
 * @param sentRetention       how long sent rows stay in the outbox (zero: deleted once Kafka acknowledged them)
 * @param consumerMaxRetries  retries of a failing event before it goes to the dead-letter topic
 * @param consumerBackoff     first retry delay; doubles up to {@code consumerMaxBackoff}
 * @param topicPartitions     partitions of the topics this service creates
 * @param topicReplicas       replicas of those topics (1 locally, 3 in production)
 * @param afterCommitConcurrency how many works committed consumer batches started (gateway calls) run at once
 * @param afterCommitDrain    how long a stopping service waits for those works to finish
 */
@ConfigurationProperties("simadmin.messaging")
public record MessagingProperties(Boolean relayEnabled, Integer relayBatchSize, Duration relayPollInterval,
                                  Duration relayLinger, Duration sendTimeout, Integer consumerMaxRetries,
                                  Duration consumerBackoff, Duration consumerMaxBackoff, Integer topicPartitions,
                                  Short topicReplicas, Integer afterCommitConcurrency,
                                  Duration afterCommitDrain, Duration sentRetention) {

    public MessagingProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        relayBatchSize = relayBatchSize == null ? 200 : relayBatchSize;
        relayPollInterval = relayPollInterval == null ? Duration.ofMillis(500) : relayPollInterval;
        // Under load one claim, one Kafka request and one commit then carry several events instead of a few each;
        // a quiet relay does not linger (OutboxRelay), so a lone event is not delayed.
        relayLinger = relayLinger == null ? Duration.ofMillis(10) : relayLinger;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        consumerMaxRetries = consumerMaxRetries == null ? 4 : consumerMaxRetries;
        consumerBackoff = consumerBackoff == null ? Duration.ofMillis(200) : consumerBackoff;
        consumerMaxBackoff = consumerMaxBackoff == null ? Duration.ofSeconds(5) : consumerMaxBackoff;
        topicPartitions = topicPartitions == null ? 3 : topicPartitions;
        topicReplicas = topicReplicas == null ? 1 : topicReplicas;
        // Sized for gateway calls of a few hundred milliseconds at a few dozen orders a second per instance.
        afterCommitConcurrency = afterCommitConcurrency == null ? 16 : afterCommitConcurrency;
        // Within Kubernetes' default 30 s grace period, after the listeners have stopped.
        afterCommitDrain = afterCommitDrain == null ? Duration.ofSeconds(20) : afterCommitDrain;
        // Kafka keeps the events; days of sent rows here cost every autovacuum and autoanalyze of a hot table.
        sentRetention = sentRetention == null ? Duration.ZERO : sentRetention;
    }
}
