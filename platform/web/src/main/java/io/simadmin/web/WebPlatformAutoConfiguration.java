package io.simadmin.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.simadmin.web.idempotency.IdempotencyKeyFilter;
import io.simadmin.web.idempotency.JdbcIdempotencyStore;
import io.simadmin.web.problem.ProblemDetailsHandler;
import io.swagger.v3.oas.models.media.StringSchema;
import org.flywaydb.core.Flyway;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/** The HTTP conventions of ARCHITECTURE.md "API conventions", on for every servlet service that has this jar. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebPlatformAutoConfiguration {

    @Bean
    ProblemDetailsHandler problemDetailsHandler() {
        return new ProblemDetailsHandler();
    }

    /** Unknown fields are rejected (no mass assignment); money is a decimal string, never a float. */
    @Bean
    JsonMapperBuilderCustomizer simadminApiJson() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .withConfigOverride(BigDecimal.class,
                        o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
    }

    /**
     * Money is written as a decimal string ("12.50", see {@link #simadminApiJson()}), so the OpenAPI documents say so
     * too: springdoc would call every BigDecimal a number, and generated clients would parse it as a float.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class OpenApiMoneyConfiguration {

        static final String DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

        static {
            SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class,
                    new StringSchema().format("decimal").pattern(DECIMAL_PATTERN).example("12.50"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JdbcTemplate.class, Flyway.class})
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(name = "simadmin.web.idempotency.enabled", matchIfMissing = true)
    static class IdempotencyConfiguration {

        @Bean
        JdbcIdempotencyStore idempotencyStore(DataSource dataSource) {
            return JdbcIdempotencyStore.migrated(dataSource, Duration.ofHours(24));
        }

        /**
         * {@code simadmin.web.idempotency.atomic-paths}: request URIs whose key claim, work and stored answer commit in
         * one transaction (see {@link IdempotencyKeyFilter}); none by default.
         */
        @Bean
        FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(JdbcIdempotencyStore store, Environment env,
                                                                           ObjectProvider<PlatformTransactionManager> transactions) {
            Set<String> atomicPaths = Set.of(env.getProperty("simadmin.web.idempotency.atomic-paths", String[].class,
                    new String[0]));
            PlatformTransactionManager manager = atomicPaths.isEmpty() ? null : transactions.getObject();
            FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
                    new IdempotencyKeyFilter(store, manager == null ? null : new TransactionTemplate(manager),
                            atomicPaths));
            registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
            return registration;
        }
    }
}
