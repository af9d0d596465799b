package io.simadmin.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A whole service on a random port against the shared, real PostgreSQL and Kafka of this test JVM.
 * Extra properties go in a {@code @TestPropertySource} on the test class; a second {@code @SpringBootTest}
 * there would hide this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = SharedInfrastructureInitializer.class)
// Config data (spring.config.import) is resolved before any initializer runs, so switching the config client off
// has to be a test property. With the client off, a service's "optional:configserver:..." import is skipped; a test
// property cannot replace an import that application.yml declares, so the import must stay optional.
@TestPropertySource(properties = {
        "spring.cloud.config.enabled=false",
        "spring.cloud.config.import-check.enabled=false",
        // Tests read sent outbox rows back to check what a change emitted; a running service deletes them at once.
        "simadmin.messaging.sent-retention=7d",
        // Kafka clients print every configuration value at INFO each time one is created; tests create many.
        "logging.level.org.apache.kafka=WARN",
        "logging.level.kafka=WARN"
})
public @interface IntegrationTest {
}
