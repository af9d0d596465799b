package io.simadmin.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.simadmin.test.PostgresTest;
import io.simadmin.test.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

@JdbcTest
@PostgresTest
class PostgresSliceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runs_the_slice_on_the_shared_postgresql_instead_of_an_in_memory_database() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 18");
        assertThat(jdbc.queryForObject("SELECT inet_server_port()", Integer.class))
                .isEqualTo(SharedInfrastructure.postgres().port());
        assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("sample_service");
    }

    @Test
    void uses_the_shared_servers_of_this_jvm() {
        SharedServersSeen.assertSameAsEarlierClasses(SharedInfrastructure.postgres(), SharedInfrastructure.kafka());
    }
}
