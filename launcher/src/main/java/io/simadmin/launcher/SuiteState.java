package io.simadmin.launcher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the running launcher tells other processes ({@code ./simadmin status}, {@code stop}, the detached
 * start waiting for health): its pid, its phase, and where each process listens. Kept in
 * {@code .data/run/state.properties}.
 */
public record SuiteState(long launcherPid, Phase phase, Instant since, int postgresPort, long postgresPid,
                         String kafkaBootstrap, int smtpPort, int mailboxPort, String gatewayUrl,
                         List<RunningService> services) {

    public enum Phase { STARTING, UP, STOPPING, STOPPED, FAILED }

    /** One service process; pid 0 while it is not started. */
    public record RunningService(String name, int port, long pid) {
    }

    public SuiteState {
        services = List.copyOf(services);
    }

    public SuiteState withPhase(Phase newPhase) {
        return new SuiteState(launcherPid, newPhase, since, postgresPort, postgresPid, kafkaBootstrap, smtpPort, mailboxPort, gatewayUrl, services);
    }

    public SuiteState withPostgresPid(long pid) {
        return new SuiteState(launcherPid, phase, since, postgresPort, pid, kafkaBootstrap, smtpPort, mailboxPort, gatewayUrl, services);
    }

    public SuiteState withService(RunningService service) {
        List<RunningService> updated = new ArrayList<>();
        boolean replaced = false;
        for (RunningService existing : services) {
            if (existing.name().equals(service.name())) {
                updated.add(service);
                replaced = true;
            } else {
                updated.add(existing);
            }
        }
        if (!replaced) {
            updated.add(service);
        }
        return new SuiteState(launcherPid, phase, since, postgresPort, postgresPid, kafkaBootstrap, smtpPort, mailboxPort, gatewayUrl, updated);
    }

    public void write(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("launcher.pid", Long.toString(launcherPid));
        values.put("phase", phase.name());
        values.put("since", since.toString());
        values.put("postgres.port", Integer.toString(postgresPort));
        values.put("postgres.pid", Long.toString(postgresPid));
        values.put("kafka.bootstrap", kafkaBootstrap);
        values.put("smtp.port", Integer.toString(smtpPort));
        values.put("mailbox.port", Integer.toString(mailboxPort));
        values.put("gateway.url", gatewayUrl);
        StringBuilder order = new StringBuilder();
        for (RunningService service : services) {
            values.put("service." + service.name() + ".port", Integer.toString(service.port()));
            values.put("service." + service.name() + ".pid", Long.toString(service.pid()));
            order.append(order.isEmpty() ? "" : ",").append(service.name());
        }
        values.put("services", order.toString());
        PropertiesFiles.write(file, values, "Written by the simadmin launcher while it runs; read by ./simadmin status.", false);
    }

    public static Optional<SuiteState> read(Path file) {
        Map<String, String> values = PropertiesFiles.read(file);
        if (!values.containsKey("launcher.pid")) {
            return Optional.empty();
        }
        List<RunningService> services = new ArrayList<>();
        String order = values.getOrDefault("services", "");
        for (String name : order.isBlank() ? new String[0] : order.split(",")) {
            services.add(new RunningService(name,
                    Integer.parseInt(values.getOrDefault("service." + name + ".port", "0")),
                    Long.parseLong(values.getOrDefault("service." + name + ".pid", "0"))));
        }
        return Optional.of(new SuiteState(
                Long.parseLong(values.get("launcher.pid")),
                Phase.valueOf(values.getOrDefault("phase", Phase.STOPPED.name())),
                Instant.parse(values.getOrDefault("since", Instant.EPOCH.toString())),
                Integer.parseInt(values.getOrDefault("postgres.port", "0")),
                Long.parseLong(values.getOrDefault("postgres.pid", "0")),
                values.getOrDefault("kafka.bootstrap", ""),
                Integer.parseInt(values.getOrDefault("smtp.port", "0")),
                Integer.parseInt(values.getOrDefault("mailbox.port", "0")),
                values.getOrDefault("gateway.url", ""),
                services));
    }
}
