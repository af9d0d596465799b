package io.simadmin.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.simadmin.test.IntegrationTest;
import io.simadmin.test.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A second context (another application name) in the same JVM: same servers, its own database. */
@IntegrationTest
@TestPropertySource(properties = "spring.application.name=other-service")
class SecondServiceIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uses_the_shared_servers_of_this_jvm() {
        SharedServersSeen.assertSameAsEarlierClasses(SharedInfrastructure.postgres(), SharedInfrastructure.kafka());
    }

    @Test
    void gets_a_database_of_its_own_on_the_same_server() {
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("other_service");
        assertThat(jdbc.queryForObject("SELECT inet_server_port()", Integer.class))
                .isEqualTo(SharedInfrastructure.postgres().port());
    }
}
