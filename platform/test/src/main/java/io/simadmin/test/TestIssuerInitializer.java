package io.simadmin.test;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes a Spring context trust the {@link TestTokens} issuer, without the shared database and broker; for tests of
 * a web layer that needs neither. {@code @IntegrationTest} already does this.
 */
public class TestIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedInfrastructureProperties.applyTestIssuer(context.getEnvironment());
    }
}
