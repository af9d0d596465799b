package io.simadmin.launcher;

import java.util.Map;

/** The ports of one run: infrastructure in the launcher JVM and one HTTP port per service. */
public record SuitePorts(int postgres, int kafka, int smtp, Map<String, Integer> services) {

    public SuitePorts {
        services = Map.copyOf(services);
    }

    public int service(String name) {
        Integer port = services.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port planned for " + name);
        }
        return port;
    }

    /** The planned port, or {@code fallback} for a service this run does not start. */
    public int serviceOrDefault(String name, int fallback) {
        return services.getOrDefault(name, fallback);
    }
}
