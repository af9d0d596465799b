package io.simadmin.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortPlannerTest {

    @TempDir
    Path dir;

    private final AtomicInteger nextFree = new AtomicInteger(40000);

    private PortPlanner planner(Set<Integer> busy, Map<String, String> env) {
        return new PortPlanner(dir.resolve("ports.properties"), ".data/ports.properties",
                port -> !busy.contains(port), nextFree::incrementAndGet, env);
    }

    @Test
    void busy_gateway_port_is_a_one_line_message_naming_the_service_and_the_variable() {
        assertThatThrownBy(() -> planner(Set.of(8080), Map.of()).plan(SuiteServices.ALL))
                .isInstanceOf(LauncherException.class)
                .hasMessage("Port 8080 (gateway-service) is already in use: stop what uses it or set SIMADMIN_PORT to another port.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void gateway_port_comes_from_simadmin_port() {
        SuitePorts ports = planner(Set.of(8080), Map.of("SIMADMIN_PORT", "9090")).plan(SuiteServices.ALL);

        assertThat(ports.service("gateway-service")).isEqualTo(9090);
        assertThat(ports.service("discovery-service")).isEqualTo(8761);
        assertThat(ports.service("config-service")).isEqualTo(8888);
    }

    @Test
    void every_busy_fixed_port_is_named_in_the_same_line() {
        assertThatThrownBy(() -> planner(Set.of(8761, 8888), Map.of()).plan(SuiteServices.ALL))
                .hasMessageContaining("Port 8761 (discovery-service)")
                .hasMessageContaining("Port 8888 (config-service)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void a_port_variable_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> planner(Set.of(), Map.of("SIMADMIN_PORT", "eighty")).plan(SuiteServices.ALL))
                .hasMessage("SIMADMIN_PORT must be a port number (1-65535), not 'eighty'.");
    }

    @Test
    void infrastructure_ports_are_remembered_and_reused_on_the_next_start() {
        SuitePorts first = planner(Set.of(), Map.of()).plan(SuiteServices.ALL);
        SuitePorts second = planner(Set.of(), Map.of()).plan(SuiteServices.ALL);

        assertThat(second.postgres()).isEqualTo(first.postgres());
        assertThat(second.kafka()).isEqualTo(first.kafka());
        assertThat(second.smtp()).isEqualTo(first.smtp());
        assertThat(second.service("reseller-service")).isEqualTo(first.service("reseller-service"));
        assertThat(PropertiesFiles.read(dir.resolve("ports.properties"))).containsEntry("postgres", Integer.toString(first.postgres()));
    }

    @Test
    void a_remembered_postgres_port_that_is_now_busy_is_refused_with_the_file_to_edit() {
        SuitePorts first = planner(Set.of(), Map.of()).plan(SuiteServices.ALL);

        assertThatThrownBy(() -> planner(Set.of(first.postgres()), Map.of()).plan(SuiteServices.ALL))
                .hasMessage("Port " + first.postgres() + " (postgres, remembered in .data/ports.properties) is already in use: "
                        + "stop what uses it or delete the 'postgres' line to pick another.");
    }

    @Test
    void a_domain_service_whose_remembered_port_is_busy_gets_another_one() {
        SuitePorts first = planner(Set.of(), Map.of()).plan(SuiteServices.ALL);
        int old = first.service("reseller-service");

        SuitePorts second = planner(Set.of(old), Map.of()).plan(SuiteServices.ALL);

        assertThat(second.service("reseller-service")).isNotEqualTo(old);
    }

    @Test
    void picked_ports_never_collide_with_each_other() {
        AtomicInteger always = new AtomicInteger();
        int[] sequence = {50000, 50000, 50001, 50001, 50002, 50003, 50004};
        PortPlanner planner = new PortPlanner(dir.resolve("ports.properties"), "ports", port -> true,
                () -> sequence[Math.min(always.getAndIncrement(), sequence.length - 1)], Map.of());

        SuitePorts ports = planner.plan(SuiteServices.select("reseller-service"));

        assertThat(Set.of(ports.postgres(), ports.kafka(), ports.smtp(), ports.service("reseller-service"))).hasSize(4);
    }
}
