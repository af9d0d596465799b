package io.simadmin.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteServicesTest {

    @Test
    void the_full_suite_starts_registry_and_config_first_and_the_rest_after() {
        assertThat(SuiteServices.ALL).filteredOn(s -> s.kind().wave() == 1)
                .extracting(ServiceSpec::name).containsExactlyInAnyOrder("discovery-service", "config-service");
        assertThat(SuiteServices.ALL).filteredOn(s -> s.kind().wave() == 2)
                .extracting(ServiceSpec::name).contains("gateway-service", "reseller-service", "analytics-service");
    }

    @Test
    void each_domain_service_has_a_database_of_its_own() {
        assertThat(SuiteServices.ALL).filteredOn(s -> s.database().isPresent())
                .extracting(s -> s.database().orElseThrow()).doesNotHaveDuplicates()
                .contains("auth", "reseller", "users", "support", "analytics", "orders", "payments");
    }

    @Test
    void a_subset_always_keeps_discovery_and_config() {
        assertThat(SuiteServices.select("gateway-service"))
                .extracting(ServiceSpec::name).containsExactly("discovery-service", "config-service", "gateway-service");
    }

    @Test
    void no_subset_means_every_service() {
        assertThat(SuiteServices.select(" ")).isEqualTo(SuiteServices.ALL);
        assertThat(SuiteServices.select(null)).isEqualTo(SuiteServices.ALL);
    }

    @Test
    void an_unknown_service_in_the_subset_is_refused() {
        assertThatThrownBy(() -> SuiteServices.select("discovery-service,order-servce"))
                .isInstanceOf(LauncherException.class).hasMessageStartingWith("SIMADMIN_SERVICES names unknown service(s) order-servce");
    }

    @Test
    void a_service_jar_lives_in_its_module_target() {
        assertThat(SuiteServices.ALL.getFirst().jar(Path.of("r"))).isEqualTo(Path.of("r/discovery-service/target/discovery-service.jar"));
    }
}
