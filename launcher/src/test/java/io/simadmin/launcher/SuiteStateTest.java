package io.simadmin.launcher;

import io.simadmin.launcher.SuiteState.Phase;
import io.simadmin.launcher.SuiteState.RunningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteStateTest {

    @TempDir
    Path dir;

    @Test
    void state_written_by_the_launcher_reads_back_identically_in_another_process() {
        SuiteState state = new SuiteState(4242, Phase.UP, Instant.parse("2026-11-20T10:15:30Z"), 54321, 4300,
                "localhost:54322", 54323, 54324, "http://localhost:8080",
                List.of(new RunningService("discovery-service", 8761, 5001), new RunningService("gateway-service", 8080, 5002)));
        Path file = dir.resolve("run/state.properties");

        state.write(file);

        assertThat(SuiteState.read(file)).contains(state);
    }

    @Test
    void service_order_is_kept_so_status_lists_them_in_start_order() {
        SuiteState state = new SuiteState(1, Phase.STARTING, Instant.EPOCH, 1, 0, "localhost:2", 3, 0, "",
                List.of(new RunningService("z-service", 1, 0), new RunningService("a-service", 2, 0)));
        state.write(dir.resolve("state.properties"));

        assertThat(SuiteState.read(dir.resolve("state.properties")).orElseThrow().services())
                .extracting(RunningService::name).containsExactly("z-service", "a-service");
    }

    @Test
    void updating_a_service_replaces_its_line() {
        SuiteState state = new SuiteState(1, Phase.STARTING, Instant.EPOCH, 1, 0, "k", 3, 0, "",
                List.of(new RunningService("a", 10, 0)));

        SuiteState updated = state.withService(new RunningService("a", 10, 99));

        assertThat(updated.services()).containsExactly(new RunningService("a", 10, 99));
    }

    @Test
    void no_state_file_means_no_state() {
        assertThat(SuiteState.read(dir.resolve("missing.properties"))).isEmpty();
    }
}
