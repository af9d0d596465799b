package io.simadmin.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One line of the suite table: a Spring Boot service the launcher runs as its own JVM.
 *
 * @param name        service name, also the log file name and the key in the state file
 * @param moduleDir   Maven module directory relative to the repo root; the jar is {@code <moduleDir>/target/<name>.jar}
 * @param kind        decides the start wave and the JVM memory budget
 * @param database    database (and login role) the launcher creates for it, empty when it has none
 * @param defaultPort fixed port, or 0 to pick a free one (remembered in ports.properties)
 * @param portEnv     environment variable that overrides the port, or null
 * @param extraArgs   additional Spring arguments; {@code {repo}} is replaced by the repo root
 */
public record ServiceSpec(String name, String moduleDir, ServiceKind kind, Optional<String> database,
                          int defaultPort, String portEnv, List<String> extraArgs) {

    public ServiceSpec {
        extraArgs = List.copyOf(extraArgs);
    }

    public boolean hasFixedPort() {
        return defaultPort > 0;
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(moduleDir).resolve("target").resolve(name + ".jar");
    }
}
