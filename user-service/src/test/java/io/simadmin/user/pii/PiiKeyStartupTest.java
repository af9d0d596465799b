package io.simadmin.user.pii;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The service refuses to start without a PII key, and says which setting to give it. */
class PiiKeyStartupTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PiiProperties.class)
    @Import(IdDocumentCipher.class)
    static class PiiWiring {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(PiiWiring.class);

    @Test
    void fails_to_start_without_the_key_with_a_message_naming_the_environment_variable() {
        runner.withPropertyValues("simadmin.users.pii-key=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("simadmin.users.pii-key is not set")
                    .hasMessageContaining("SIMADMIN_USERS_PII_KEY");
        });
    }

    @Test
    void starts_with_a_32_byte_key() {
        runner.withPropertyValues("simadmin.users.pii-key=" + Base64.getEncoder().encodeToString(new byte[32]))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(IdDocumentCipher.class));
    }
}
