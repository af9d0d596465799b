package io.simadmin.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.simadmin.test.IntegrationTest;
import io.simadmin.test.KafkaTestConsumer;
import io.simadmin.test.SharedInfrastructure;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@IntegrationTest
class IntegrationTestAnnotationTest {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void uses_the_shared_servers_of_this_jvm() {
        SharedServersSeen.assertSameAsEarlierClasses(SharedInfrastructure.postgres(), SharedInfrastructure.kafka());
    }

    @Test
    void connects_to_a_database_named_after_the_application_with_its_own_role() {
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo(SharedInfrastructure.database("sample-service"))
                .endsWith(":" + SharedInfrastructure.postgres().port() + "/sample_service");
        assertThat(jdbc.queryForObject("SELECT current_database() || '/' || current_user", String.class))
                .isEqualTo("sample_service/sample_service");
    }

    @Test
    void publishes_to_the_shared_broker() throws Exception {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(SharedInfrastructure.kafka().bootstrapServers());
        String key = UUID.randomUUID().toString();

        kafkaTemplate.send("simadmin.test-samples", key, "{\"sample\":true}").get();

        assertThat(KafkaTestConsumer.awaitRecord("simadmin.test-samples", record -> key.equals(record.key()),
                Duration.ofSeconds(30)).value()).isEqualTo("{\"sample\":true}");
    }

    @Test
    void runs_without_eureka_or_config_service() {
        assertThat(environment.getProperty("eureka.client.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.cloud.discovery.enabled")).isEqualTo("false");
        assertThat(context.getBeanNamesForType(com.netflix.discovery.EurekaClient.class)).isEmpty();
        assertThat(port).isPositive();
    }
}
