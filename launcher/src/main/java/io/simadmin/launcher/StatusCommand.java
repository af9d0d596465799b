package io.simadmin.launcher;

import io.simadmin.embedded.FreePorts;

import java.io.PrintStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code status}: one line per process with its port, pid and resident memory, read from the state file
 * the launcher keeps and from /proc, so it works from any shell.
 */
final class StatusCommand {

    private final DataLayout layout;
    private final PrintStream out;

    StatusCommand(DataLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** @return 0 when the suite runs, 3 when it does not (like service managers do) */
    int run() {
        Optional<ProcessHandle> launcher = new PidFile(layout.pidFile()).runningLauncher();
        Optional<SuiteState> state = SuiteState.read(layout.stateFile());
        if (launcher.isEmpty() || state.isEmpty()) {
            out.println("simadmin is not running (data in " + layout.display(layout.dataDir()) + "). Start it with ./simadmin start.");
            return 3;
        }
        SuiteState suite = state.get();
        HealthProbe probe = new HealthProbe();
        long launcherPid = launcher.get().pid();
        out.printf("simadmin: %s, launcher pid %d, since %s, data in %s%n", suite.phase().name().toLowerCase(),
                launcherPid, suite.since(), layout.display(layout.dataDir()));
        out.printf("%-20s %-5s %-7s %-8s %s%n", "PROCESS", "STATE", "PORT", "PID", "RSS");
        long totalKib = 0;
        for (SuiteState.RunningService service : suite.services()) {
            boolean alive = service.pid() > 0 && ProcessHandle.of(service.pid()).map(ProcessHandle::isAlive).orElse(false);
            boolean up = alive && probe.isUp(service.port());
            OptionalLong rss = alive ? ProcMemory.rssKib(service.pid()) : OptionalLong.empty();
            totalKib += rss.orElse(0);
            out.printf("%-20s %-5s %-7d %-8s %s%n", service.name(), up ? "up" : "down", service.port(),
                    alive ? Long.toString(service.pid()) : "-", ProcMemory.mib(rss));
        }
        long postgresPid = Infrastructure.postgresPid(layout.postgres()).orElse(suite.postgresPid());
        boolean postgresAlive = postgresPid > 0 && ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false);
        OptionalLong postgresPss = postgresAlive ? ProcMemory.treePssKib(postgresPid) : OptionalLong.empty();
        totalKib += postgresPss.orElse(0);
        out.printf("%-20s %-5s %-7d %-8s %s%n", "postgres", listening(suite.postgresPort()) ? "up" : "down", suite.postgresPort(),
                postgresAlive ? Long.toString(postgresPid) : "-", ProcMemory.mib(postgresPss) + " (PSS of all its processes)");
        int kafkaPort = port(suite.kafkaBootstrap());
        out.printf("%-20s %-5s %-7d %-8s %s%n", "kafka", listening(kafkaPort) ? "up" : "down", kafkaPort, launcherPid, "(in the launcher)");
        out.printf("%-20s %-5s %-7d %-8s %s%n", "smtp", listening(suite.smtpPort()) ? "up" : "down", suite.smtpPort(), launcherPid, "(in the launcher)");
        OptionalLong launcherRss = ProcMemory.rssKib(launcherPid);
        totalKib += launcherRss.orElse(0);
        out.printf("%-20s %-5s %-7s %-8d %s%n", "launcher", "up", "-", launcherPid, ProcMemory.mib(launcherRss));
        out.printf("%-20s %-5s %-7s %-8s %s%n", "total", "", "", "", (totalKib / 1024) + " MiB");
        if (!suite.gatewayUrl().isBlank()) {
            out.println("URL: " + suite.gatewayUrl());
        }
        return 0;
    }

    private static boolean listening(int port) {
        return port > 0 && !FreePorts.isFree(port);
    }

    private static int port(String bootstrap) {
        try {
            return Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1).split(",")[0].trim());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
