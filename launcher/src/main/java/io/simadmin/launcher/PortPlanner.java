package io.simadmin.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

/**
 * Chooses every port before anything starts, so a busy port is a one-line message and not a service
 * dying half-way through the start.
 *
 * <p>Fixed ports (gateway, registry, config server) come from their environment variable or default and
 * must be free. Infrastructure ports are picked once and remembered in {@code ports.properties}: clients
 * such as psql keep working across restarts, so a remembered port that is now busy is an error too.
 * Domain services get a remembered port if it is still free, else a new one, because nobody addresses
 * them by port (they are found through Eureka).
 */
public final class PortPlanner {

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String SMTP = "smtp";

    private final Path portsFile;
    private final String portsFileShown;
    private final IntPredicate isFree;
    private final IntSupplier pickFree;
    private final Map<String, String> environment;

    public PortPlanner(Path portsFile, String portsFileShown, IntPredicate isFree, IntSupplier pickFree,
                       Map<String, String> environment) {
        this.portsFile = portsFile;
        this.portsFileShown = portsFileShown;
        this.isFree = isFree;
        this.pickFree = pickFree;
        this.environment = environment;
    }

    public SuitePorts plan(List<ServiceSpec> services) {
        Map<String, String> remembered = PropertiesFiles.read(portsFile);
        List<String> problems = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        Map<String, Integer> servicePorts = new LinkedHashMap<>();

        // Fixed ports first, so that a picked port can never land on one of them.
        for (ServiceSpec spec : services) {
            if (spec.hasFixedPort()) {
                int port = configuredPort(spec);
                if (!taken.add(port)) {
                    problems.add("Port " + port + " (" + spec.name() + ") is configured twice; set " + spec.portEnv() + " to another port");
                } else if (!isFree.test(port)) {
                    problems.add("Port " + port + " (" + spec.name() + ") is already in use: stop what uses it or set "
                            + spec.portEnv() + " to another port");
                }
                servicePorts.put(spec.name(), port);
            }
        }
        int postgres = infraPort(POSTGRES, remembered, taken, problems);
        int kafka = infraPort(KAFKA, remembered, taken, problems);
        int smtp = infraPort(SMTP, remembered, taken, problems);
        for (ServiceSpec spec : services) {
            if (!spec.hasFixedPort()) {
                String key = "service." + spec.name();
                Integer previous = parse(remembered.get(key));
                int port = previous != null && !taken.contains(previous) && isFree.test(previous)
                        ? previous : pick(taken);
                taken.add(port);
                servicePorts.put(spec.name(), port);
                remembered.put(key, Integer.toString(port));
            }
        }
        if (!problems.isEmpty()) {
            throw new LauncherException(String.join("; ", problems) + ".");
        }
        remembered.put(POSTGRES, Integer.toString(postgres));
        remembered.put(KAFKA, Integer.toString(kafka));
        remembered.put(SMTP, Integer.toString(smtp));
        PropertiesFiles.write(portsFile, remembered,
                "Ports chosen on the first start and reused on every start; delete a line to get a new one.", false);
        return new SuitePorts(postgres, kafka, smtp, servicePorts);
    }

    private int configuredPort(ServiceSpec spec) {
        String value = spec.portEnv() == null ? null : environment.get(spec.portEnv());
        if (value == null || value.isBlank()) {
            return spec.defaultPort();
        }
        Integer port = parse(value);
        if (port == null || port < 1 || port > 65535) {
            throw new LauncherException(spec.portEnv() + " must be a port number (1-65535), not '" + value + "'.");
        }
        return port;
    }

    private int infraPort(String name, Map<String, String> remembered, Set<Integer> taken, List<String> problems) {
        Integer previous = parse(remembered.get(name));
        if (previous == null) {
            int port = pick(taken);
            taken.add(port);
            return port;
        }
        if (!taken.add(previous) || !isFree.test(previous)) {
            problems.add("Port " + previous + " (" + name + ", remembered in " + portsFileShown
                    + ") is already in use: stop what uses it or delete the '" + name + "' line to pick another");
        }
        return previous;
    }

    private int pick(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = pickFree.getAsInt();
            if (!taken.contains(port)) {
                return port;
            }
        }
        throw new LauncherException("Could not find a free port.");
    }

    private static Integer parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
