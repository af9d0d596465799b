package io.simadmin.test;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a context at the shared PostgreSQL only; repository slices need no broker. */
public class SharedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedInfrastructureProperties.applyDatabase(context.getEnvironment());
    }
}
