package io.simadmin.analytics.support;

import io.simadmin.test.IntegrationTest;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole analytics service on the shared PostgreSQL and Kafka. Every test class uses exactly this, so they
 * share one Spring context, hence one listener in the consumer group. The injected RestTestClient calls as an
 * admin unless a request sets its own Authorization header.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@AutoConfigureRestTestClient
@Import(AdminTokenClient.class)
// Analytics publishes nothing in production; the tests publish reseller events through its outbox, so the
// real relay sends them exactly as reseller-service's would.
@TestPropertySource(properties = "simadmin.messaging.relay-enabled=true")
public @interface AnalyticsIntegrationTest {
}
