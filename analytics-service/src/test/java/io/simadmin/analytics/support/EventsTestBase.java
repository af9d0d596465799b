package io.simadmin.analytics.support;

import io.simadmin.analytics.activity.Activity;
import io.simadmin.events.DomainEvent;
import io.simadmin.events.EventEnvelope;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.test.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/** What the tests that publish events and read the API back share: the publisher, the API, and waiting. */
@AnalyticsIntegrationTest
public abstract class EventsTestBase {

    protected static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    protected RestTestClient http;
    @Autowired
    protected Outbox outbox;
    @Autowired
    protected PlatformTransactionManager transactionManager;
    @Autowired
    protected JdbcClient jdbc;

    protected AnalyticsApi api;
    protected ResellerEventPublisher publisher;

    @BeforeEach
    void setUpPublisher() {
        api = new AnalyticsApi(http);
        publisher = new ResellerEventPublisher(outbox, new TransactionTemplate(transactionManager));
    }

    @AfterEach
    void closePublisher() {
        publisher.close();
    }

    /** The feed line the event made, once analytics has applied it. */
    protected Activity awaitActivity(String subjectType, UUID subjectId, UUID eventId) {
        return await().atMost(WITHIN).until(() -> api.activitiesAbout(subjectType, subjectId).stream()
                .filter(a -> a.eventId().equals(eventId)).findFirst(), Optional::isPresent).orElseThrow();
    }

    protected long processedCount(String consumer, UUID eventId) {
        return jdbc.sql("select count(*) from messaging.processed_event where consumer = ? and event_id = ?")
                .params(consumer, eventId).query(Long.class).single();
    }

    /** Waits until the projection named {@code consumer} has applied the event (for projections without a feed line). */
    protected void awaitProcessed(String consumer, UUID eventId) {
        await().atMost(WITHIN).until(() -> processedCount(consumer, eventId) == 1);
    }

    /** Publishes the event as payment-service's relay would; returns its event id. */
    protected static UUID fromPaymentService(DomainEvent event) {
        EventEnvelope envelope = TestEvents.envelope(event, "/payment-service");
        TestEvents.publish(envelope);
        return envelope.id();
    }

    /**
     * A UTC day of the past (2002 to 2020) that no other test uses, so a test's figures for it are its own. Never
     * before 2002: the feed's reading tests own the activities of 2001 and before.
     */
    protected static LocalDate quietDay() {
        return LocalDate.of(2002, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6900));
    }

    /** An instant on that day. */
    protected static Instant on(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
