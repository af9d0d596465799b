package io.simadmin.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's settings, read from the environment once so the rest of the code never looks at it.
 *
 * @param layout       data directory layout ({@code SIMADMIN_DATA_DIR}, default {@code .data} under the repo root)
 * @param environment  the environment the services' ports and the demo password come from
 * @param javaCommand  java executable for the services: the one running the launcher
 */
public record LaunchSettings(DataLayout layout, Map<String, String> environment, String javaCommand) {

    public static final String DATA_DIR_ENV = "SIMADMIN_DATA_DIR";
    public static final String EXTRA_JVM_OPTS_ENV = "SIMADMIN_JVM_OPTS";
    public static final String HEALTH_TIMEOUT_ENV = "SIMADMIN_HEALTH_TIMEOUT";

    public static LaunchSettings from(Path repoRoot, Map<String, String> environment) {
        String dataDir = environment.getOrDefault(DATA_DIR_ENV, "");
        Path data = dataDir.isBlank() ? repoRoot.resolve(".data") : repoRoot.resolve(dataDir);
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new LaunchSettings(new DataLayout(repoRoot, data.normalize()), Map.copyOf(environment), java);
    }

    public String env(String name) {
        return environment.get(name);
    }

    /**
     * Seconds each service gets to answer its health check with UP. Generous by default: on a 2-core machine the
     * first start after a build (no JVM cache yet) of eight services at once, or any start while a build runs,
     * takes minutes, and waiting longer is better than failing a start that was going to succeed.
     */
    public int healthTimeoutSeconds() {
        String value = environment.get(HEALTH_TIMEOUT_ENV);
        if (value == null || value.isBlank()) {
            return 300;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LauncherException(HEALTH_TIMEOUT_ENV + " must be a number of seconds, not '" + value + "'");
        }
    }
}
