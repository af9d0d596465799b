package io.simadmin.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchSettingsTest {

    @Test
    void data_dir_defaults_to_dot_data_under_the_repo_root() {
        LaunchSettings settings = LaunchSettings.from(Path.of("/repo"), Map.of());

        assertThat(settings.layout().dataDir()).isEqualTo(Path.of("/repo/.data"));
        assertThat(settings.layout().log("gateway-service")).isEqualTo(Path.of("/repo/.data/logs/gateway-service.log"));
        assertThat(settings.layout().display(settings.layout().secretsFile())).isEqualTo(".data/secrets.properties");
    }

    @Test
    void simadmin_data_dir_may_be_relative_to_the_repo_or_absolute() {
        assertThat(LaunchSettings.from(Path.of("/repo"), Map.of("SIMADMIN_DATA_DIR", "other")).layout().dataDir())
                .isEqualTo(Path.of("/repo/other"));
        assertThat(LaunchSettings.from(Path.of("/repo"), Map.of("SIMADMIN_DATA_DIR", "/var/simadmin")).layout().dataDir())
                .isEqualTo(Path.of("/var/simadmin"));
    }

    @Test
    void services_run_on_the_java_that_runs_the_launcher() {
        assertThat(LaunchSettings.from(Path.of("/repo"), Map.of()).javaCommand()).endsWith("java");
    }

    @Test
    void health_timeout_defaults_to_300_seconds_and_rejects_words() {
        assertThat(LaunchSettings.from(Path.of("/r"), Map.of()).healthTimeoutSeconds()).isEqualTo(300);
        assertThatThrownBy(() -> LaunchSettings.from(Path.of("/r"), Map.of("SIMADMIN_HEALTH_TIMEOUT", "soon")).healthTimeoutSeconds())
                .isInstanceOf(LauncherException.class);
    }
}
