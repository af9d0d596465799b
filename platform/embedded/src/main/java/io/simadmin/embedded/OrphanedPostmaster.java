package io.simadmin.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pg_ctl daemonizes PostgreSQL, so a JVM killed with SIGKILL leaves the server running and holding its data
 * directory; the next start would then fail on postmaster.pid. Stopping that orphan first keeps restarts working.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(15);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDir.resolve("postmaster.pid"));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("PostgreSQL (pid {}) from an earlier run still holds {}; stopping it", process.pid(), dataDir);
        // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients that may themselves be orphans.
        signalInterrupt(process);
        try {
            process.onExit().get(FAST_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception stillRunning) {
            process.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
        // A stale pid file may name a recycled pid: only a live process that is a postgres server counts.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }

    private static void signalInterrupt(ProcessHandle process) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
