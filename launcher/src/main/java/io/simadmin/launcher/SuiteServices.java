package io.simadmin.launcher;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.simadmin.launcher.ServiceKind.CONFIG;
import static io.simadmin.launcher.ServiceKind.DOMAIN;
import static io.simadmin.launcher.ServiceKind.GATEWAY;
import static io.simadmin.launcher.ServiceKind.REGISTRY;

/**
 * The services of the suite, in one table so that a new service is one new line here.
 */
public final class SuiteServices {

    public static final String DISCOVERY = "discovery-service";
    public static final String CONFIG_SERVICE = "config-service";
    public static final String GATEWAY_SERVICE = "gateway-service";

    /** Environment variable naming a subset of services (comma separated) to run, for developing one piece. */
    public static final String SUBSET_ENV = "SIMADMIN_SERVICES";

    private static final Optional<String> NO_DATABASE = Optional.empty();

    // One line per service. Keep the first two arguments string literals: ./simadmin reads them from this
    // file to know which jars to build before the launcher itself is built.
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("discovery-service", "discovery-service", REGISTRY, NO_DATABASE, 8761, "SIMADMIN_DISCOVERY_PORT", List.of()),
            new ServiceSpec("config-service", "config-service", CONFIG, NO_DATABASE, 8888, "SIMADMIN_CONFIG_PORT",
                    List.of("--spring.cloud.config.server.native.search-locations=classpath:/config-repo/,file:{repo}/config-repo/")),
            new ServiceSpec("auth-service", "auth-service", DOMAIN, Optional.of("auth"), 0, null,
                    List.of("--simadmin.auth.public-url={gateway}")),
            new ServiceSpec("reseller-service", "reseller-service", DOMAIN, Optional.of("reseller"), 0, null, List.of()),
            new ServiceSpec("user-service", "user-service", DOMAIN, Optional.of("users"), 0, null, List.of()),
            new ServiceSpec("support-service", "support-service", DOMAIN, Optional.of("support"), 0, null, List.of()),
            new ServiceSpec("analytics-service", "analytics-service", DOMAIN, Optional.of("analytics"), 0, null, List.of()),
            new ServiceSpec("order-service", "order-service", DOMAIN, Optional.of("orders"), 0, null, List.of()),
            new ServiceSpec("payment-service", "payment-service", DOMAIN, Optional.of("payments"), 0, null, List.of()),
            new ServiceSpec("gateway-service", "gateway-service", GATEWAY, NO_DATABASE, 8080, "SIMADMIN_PORT", List.of()));

    private SuiteServices() {
    }

    /**
     * The services to run: all of them, or the subset named in {@link #SUBSET_ENV}. Discovery and config
     * are always kept in a subset because every other service needs them to start.
     */
    public static List<ServiceSpec> select(String subset) {
        if (subset == null || subset.isBlank()) {
            return ALL;
        }
        Set<String> wanted = Arrays.stream(subset.split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> known = ALL.stream().map(ServiceSpec::name).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new LauncherException(SUBSET_ENV + " names unknown service(s) " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", ALL.stream().map(ServiceSpec::name).toList()));
        }
        wanted.add(DISCOVERY);
        wanted.add(CONFIG_SERVICE);
        return ALL.stream().filter(spec -> wanted.contains(spec.name())).toList();
    }
}
