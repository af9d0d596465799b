package io.simadmin.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One running service JVM, its output appended to {@code .data/logs/<service>.log}. */
final class ServiceProcess {

    private final ServiceSpec spec;
    private final int port;
    private final Path log;
    private final Process process;
    private final Instant startedAt;

    private ServiceProcess(ServiceSpec spec, int port, Path log, Process process, Instant startedAt) {
        this.spec = spec;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedAt = startedAt;
    }

    static ServiceProcess start(ServiceSpec spec, int port, ServiceCommand command, Path log, Path workDir) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "%n==== simadmin launcher: starting %s on port %d at %s ====%n".formatted(spec.name(), port, Instant.now()),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command.command())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> environment = builder.environment();
            command.unsetEnvironment().forEach(environment::remove);
            environment.putAll(command.environment());
            return new ServiceProcess(spec, port, log, builder.start(), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    ServiceSpec spec() {
        return spec;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * How long a start took: wall clock, and CPU time the JVM used until then. CPU time is the figure to
     * compare JVM options by, since wall clock on 2 shared cores mostly measures what else runs.
     */
    record StartTime(double seconds, double cpuSeconds) {
    }

    /**
     * Waits until the service answers UP.
     *
     * @throws ServiceStartFailure when it exits or does not answer UP in time
     */
    StartTime awaitHealthy(HealthProbe probe, Duration timeout) {
        Instant deadline = startedAt.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ServiceStartFailure(this, "exited with code " + process.exitValue() + " before it was healthy");
            }
            if (probe.isUp(port)) {
                double cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
                return new StartTime(Duration.between(startedAt, Instant.now()).toMillis() / 1000.0, cpu);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceStartFailure(this, "start was interrupted");
            }
        }
        throw new ServiceStartFailure(this, "did not answer UP on http://localhost:" + port + "/actuator/health within "
                + timeout.toSeconds() + " s");
    }

    /** SIGTERM (Spring shuts down gracefully and the JVM writes its AOT cache), then SIGKILL after the grace time. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** A service that did not come up; carries what the person needs to see. */
    static final class ServiceStartFailure extends RuntimeException {
        private final transient ServiceProcess service;

        ServiceStartFailure(ServiceProcess service, String reason) {
            super(service.spec().name() + " " + reason);
            this.service = service;
        }

        ServiceProcess service() {
            return service;
        }
    }
}
