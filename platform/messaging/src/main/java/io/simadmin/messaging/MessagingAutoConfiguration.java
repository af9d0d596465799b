package io.simadmin.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.simadmin.events.EventCatalog;
import io.simadmin.events.Topics;
import io.simadmin.messaging.consumer.AfterCommitExecutor;
import io.simadmin.messaging.consumer.BatchedConsumer;
import io.simadmin.messaging.consumer.DeadLetters;
import io.simadmin.messaging.consumer.IdempotentConsumer;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.OutboxRelay;
import io.simadmin.messaging.outbox.OutboxRelaySettings;
import io.simadmin.messaging.outbox.RequestTraceparentSource;
import io.simadmin.messaging.outbox.TraceparentSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/** Outbox, relay, idempotent consumers and dead letters for every service that has a database and Kafka. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    MessagingSchema messagingSchema(DataSource dataSource) {
        return MessagingSchema.migrate(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    TraceparentSource traceparentSource() {
        return new RequestTraceparentSource();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "simadmin.messaging.relay-enabled", matchIfMissing = true)
    Producer<String, String> outboxProducer(Environment env, MessagingProperties properties) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, env.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, env.getProperty("spring.application.name", "simadmin") + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Fail a send fast when the broker is away: the rows stay in the outbox and the relay backs off.
        int timeout = (int) properties.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout, 5000));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 5000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 5002));
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @Bean
    @ConditionalOnProperty(name = "simadmin.messaging.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MessagingSchema schema, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                            Producer<String, String> outboxProducer, MessagingProperties properties,
                            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), outboxProducer,
                new OutboxRelaySettings(properties.relayBatchSize(), properties.relayPollInterval(),
                        properties.sendTimeout(), properties.relayLinger(), properties.sentRetention()),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    Outbox outbox(MessagingSchema schema, JdbcTemplate jdbc, Environment env, TraceparentSource traceparents,
                  ObjectProvider<OutboxRelay> relay) {
        String source = "/" + env.getProperty("spring.application.name", "simadmin");
        // Resolved once: looking the relay up in the bean factory on every append cost ~3 % of an order's CPU.
        SingletonSupplier<OutboxRelay> relayOnce = SingletonSupplier.of(relay::getIfAvailable);
        return new Outbox(jdbc, source, traceparents, () -> {
            OutboxRelay found = relayOnce.get();
            if (found != null) {
                found.wakeUp();
            }
        });
    }

    @Bean
    IdempotentConsumer idempotentConsumer(MessagingSchema schema, JdbcTemplate jdbc,
                                          PlatformTransactionManager transactions) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Takes the transaction manager so that Spring stops this executor before it: the work it drains on shutdown
     * (a gateway call's result) still commits through it.
     */
    @Bean(destroyMethod = "close")
    AfterCommitExecutor afterCommitExecutor(MessagingProperties properties, ObjectProvider<MeterRegistry> meters,
                                            PlatformTransactionManager transactions) {
        AfterCommitExecutor executor = new AfterCommitExecutor(properties.afterCommitConcurrency(),
                properties.afterCommitDrain());
        meters.ifAvailable(registry -> Gauge.builder("simadmin.messaging.after_commit.running", executor,
                        AfterCommitExecutor::running)
                .description("Work started by committed consumer batches (e.g. gateway calls) running now")
                .register(registry));
        return executor;
    }

    @Bean
    BatchedConsumer batchedConsumer(PlatformTransactionManager transactions, IdempotentConsumer idempotentConsumer,
                                    AfterCommitExecutor afterCommitExecutor) {
        return new BatchedConsumer(new TransactionTemplate(transactions), idempotentConsumer, afterCommitExecutor);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<?, ?> template, MessagingProperties properties,
                                                 ObjectProvider<MeterRegistry> meters) {
        return DeadLetters.errorHandler(template, meters.getIfAvailable(SimpleMeterRegistry::new),
                properties.consumerMaxRetries(), properties.consumerBackoff(), properties.consumerMaxBackoff());
    }

    /** Every topic of the catalog and its dead-letter topic, so no service depends on broker auto-creation. */
    @Bean
    KafkaAdmin.NewTopics simadminTopics(MessagingProperties properties) {
        NewTopic[] topics = EventCatalog.entries().stream().map(EventCatalog.Entry::topic).distinct()
                .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetterOf(topic)))
                .map(topic -> TopicBuilder.name(topic).partitions(properties.topicPartitions())
                        .replicas(properties.topicReplicas())
                        // Read models are rebuilt by replaying topics, so events are kept.
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build())
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }
}
