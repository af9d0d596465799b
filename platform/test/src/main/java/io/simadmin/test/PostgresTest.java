package io.simadmin.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a data slice ({@code @DataJpaTest}, {@code @JdbcTest}, ...) against the shared, real PostgreSQL instead of
 * the in-memory database those slices would put in its place. Put it next to the slice annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// The slice annotation carries its own @AutoConfigureTestDatabase(replace = ANY); whichever of the two is declared
// first on the test class would win. A test property outranks both, so the order of annotations does not matter.
// Config data is read even for slices: without the config client switched off, a service importing
// "optional:configserver:" would ask a locally running config-service for its settings.
@TestPropertySource(properties = {
        "spring.test.database.replace=none",
        "spring.cloud.config.enabled=false",
        "spring.cloud.config.import-check.enabled=false"
})
@ContextConfiguration(initializers = SharedPostgresInitializer.class)
public @interface PostgresTest {
}
