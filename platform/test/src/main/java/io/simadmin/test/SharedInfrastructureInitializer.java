package io.simadmin.test;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Points a whole service at the shared PostgreSQL (a database named after {@code spring.application.name}) and
 * the shared Kafka broker, keeps it from looking for Eureka or config-service, and makes it trust the
 * {@link TestTokens} issuer.
 */
public class SharedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedInfrastructure.startAll();
        ConfigurableEnvironment environment = context.getEnvironment();
        SharedInfrastructureProperties.applyDatabase(environment);
        SharedInfrastructureProperties.applyKafka(environment);
        SharedInfrastructureProperties.applyStandalone(environment);
        SharedInfrastructureProperties.applyTestIssuer(environment);
    }
}
