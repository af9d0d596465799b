package io.simadmin.launcher;

import io.simadmin.embedded.FreePorts;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.simadmin.launcher.ServiceProcess.ServiceStartFailure;
import io.simadmin.launcher.SuiteState.Phase;
import io.simadmin.launcher.SuiteState.RunningService;

/**
 * Runs the suite in this JVM until it is told to stop: infrastructure, then discovery and config, then
 * every other service, each waited for until healthy.
 */
final class SuiteRunner {

    /** Set on the background launcher that {@code start --detach} spawns. */
    static final String DETACHED_CHILD_ENV = "SIMADMIN_LAUNCHER_DETACHED";

    private static final Duration STOP_GRACE = Duration.ofSeconds(45);
    /** Registration, the gateway's registry fetch and its balancer cache take seconds; a minute means trouble. */
    private static final Duration GATEWAY_ROUTE_TIMEOUT = Duration.ofSeconds(60);

    private final LaunchSettings settings;
    private final DataLayout layout;
    private final PrintStream out;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Map<String, ServiceProcess> processes = new ConcurrentHashMap<>();
    private final long pid = ProcessHandle.current().pid();
    private volatile Infrastructure infrastructure;
    private volatile SuiteState state;

    SuiteRunner(LaunchSettings settings, PrintStream out) {
        this.settings = settings;
        this.layout = settings.layout();
        this.out = out;
    }

    /** Everything that can be refused before anything starts: already running, missing jars, busy ports. */
    static Preflight preflight(LaunchSettings settings) {
        DataLayout layout = settings.layout();
        new PidFile(layout.pidFile()).runningLauncher().ifPresent(handle -> {
            throw new LauncherException("the suite is already running (launcher pid " + handle.pid() + ", data in "
                    + layout.display(layout.dataDir()) + "): see ./simadmin status, or ./simadmin stop.");
        });
        List<ServiceSpec> services = SuiteServices.select(settings.env(SuiteServices.SUBSET_ENV));
        List<ServiceSpec> missing = services.stream().filter(spec -> !Files.isRegularFile(spec.jar(layout.repoRoot()))).toList();
        if (!missing.isEmpty()) {
            throw new LauncherException("Missing jar(s): "
                    + missing.stream().map(spec -> layout.display(spec.jar(layout.repoRoot()))).collect(Collectors.joining(", "))
                    + ". Build them with ./simadmin start (it builds what is missing) or: mvn -B -DskipTests package -pl "
                    + missing.stream().map(ServiceSpec::moduleDir).collect(Collectors.joining(",")) + " -am");
        }
        try {
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.run());
        } catch (IOException e) {
            throw new LauncherException("Cannot create the data directory " + layout.display(layout.dataDir()) + ": " + e.getMessage());
        }
        PortPlanner planner = new PortPlanner(layout.portsFile(), layout.display(layout.portsFile()),
                FreePorts::isFree, FreePorts::pick, settings.environment());
        SuitePorts ports = planner.plan(services);
        return new Preflight(services, ports);
    }

    record Preflight(List<ServiceSpec> services, SuitePorts ports) {
    }

    /** Starts everything and blocks until the JVM is asked to stop (Ctrl-C, SIGTERM from ./simadmin stop). */
    int runUntilStopped() {
        Instant began = Instant.now();
        Preflight preflight = preflight(settings);
        List<ServiceSpec> services = preflight.services();
        SuitePorts ports = preflight.ports();
        Secrets secrets = new Secrets(layout.secretsFile());
        DemoCredentials.DemoPassword demoPassword = DemoCredentials.resolve(secrets, settings.environment());
        boolean detachedChild = "1".equals(settings.env(DETACHED_CHILD_ENV));

        PidFile pidFile = new PidFile(layout.pidFile());
        pidFile.write(pid);
        String gatewayUrl = services.stream().anyMatch(s -> s.name().equals(SuiteServices.GATEWAY_SERVICE))
                ? "http://localhost:" + ports.service(SuiteServices.GATEWAY_SERVICE) : "";
        state = new SuiteState(pid, Phase.STARTING, began, ports.postgres(), 0, "localhost:" + ports.kafka(), ports.smtp(), 0,
                gatewayUrl, services.stream().map(s -> new RunningService(s.name(), ports.service(s.name()), 0)).toList());
        saveState();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdownFromSignal, "simadmin-shutdown"));

        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            out.println("Starting simadmin (data in " + layout.display(layout.dataDir()) + ", logs in " + layout.display(layout.logs()) + ")");
            BootJarUnpacker unpacker = new BootJarUnpacker(settings.javaCommand());
            Map<String, CompletableFuture<Path>> appJars = new ConcurrentHashMap<>();
            for (ServiceSpec spec : services) {
                appJars.put(spec.name(), CompletableFuture.supplyAsync(() -> unpacker.unpack(spec.jar(layout.repoRoot()),
                        layout.apps().resolve(spec.name()), layout.log(spec.name())), pool));
            }
            // Read by logback.xml: the embedded servers' logs go next to the services' logs.
            System.setProperty("simadmin.logs", layout.logs().toString());
            // Initialise logging here, before PostgreSQL and Kafka log from two threads at once during its start.
            org.slf4j.LoggerFactory.getILoggerFactory();
            infrastructure = Infrastructure.start(layout, ports, out::println);
            Infrastructure.postgresPid(layout.postgres()).ifPresent(p -> state = state.withPostgresPid(p));
            state = new SuiteState(pid, Phase.STARTING, began, infrastructure.postgresPort(), state.postgresPid(),
                    infrastructure.kafkaBootstrap(), infrastructure.smtpPort(), infrastructure.mailboxPort(), gatewayUrl,
                    state.services());
            saveState();
            Map<String, DatabaseLogin> databases = new ConcurrentHashMap<>();
            for (ServiceSpec spec : services) {
                spec.database().ifPresent(db -> databases.put(spec.name(), infrastructure.database(db, secrets)));
            }

            String cacheSetting = settings.env(JvmCache.CACHE_ENV);
            AtomicInteger trainings = new AtomicInteger(JvmCache.trainingsPerStart(cacheSetting));
            for (int wave : services.stream().map(s -> s.kind().wave()).distinct().sorted().toList()) {
                List<ServiceProcess> started = new ArrayList<>();
                for (ServiceSpec spec : services.stream().filter(s -> s.kind().wave() == wave).toList()) {
                    Path appJar = appJars.get(spec.name()).join();
                    JvmCache cache = appJar.equals(spec.jar(layout.repoRoot()))
                            ? JvmCache.none()
                            : JvmCache.choose(Runtime.version().feature(), layout.aot(), spec.name(), appJar, cacheSetting,
                                    () -> trainings.getAndUpdate(left -> Math.max(0, left - 1)) > 0);
                    List<String> jvm = JvmOptions.forService(spec.kind(), cache, settings.env(LaunchSettings.EXTRA_JVM_OPTS_ENV));
                    ServiceCommand command = ServiceCommandBuilder.build(spec, ports, infrastructure.kafkaBootstrap(),
                            Optional.ofNullable(databases.get(spec.name())), ServiceSecrets.environment(spec, secrets, demoPassword),
                            layout.repoRoot(), settings.javaCommand(), jvm, appJar);
                    ServiceProcess process;
                    // Under the same lock as shutdown(): a Ctrl-C during the start must not leave a JVM behind.
                    synchronized (processes) {
                        if (stopped.get()) {
                            return 1;
                        }
                        process = ServiceProcess.start(spec, ports.service(spec.name()), command,
                                layout.log(spec.name()), layout.repoRoot());
                        processes.put(spec.name(), process);
                    }
                    started.add(process);
                    state = state.withService(new RunningService(spec.name(), process.port(), process.pid()));
                }
                saveState();
                awaitHealthy(started, pool);
            }
            if (!gatewayUrl.isBlank()) {
                awaitGatewayRoutes(gatewayUrl, services);
            }
            int docs = gatewayUrl.isBlank() ? 0 : new HealthProbe().statusOf(gatewayUrl + "/api/docs");
            state = state.withPhase(Phase.UP);
            // Banner first, then the UP state: the detached start stops copying the log once it sees UP.
            out.println(Banner.render(state, layout, Duration.between(began, Instant.now()), services,
                    detachedChild ? null : demoPassword, detachedChild, docs >= 200 && docs < 400));
            out.flush();
            saveState();
        } catch (ServiceStartFailure failure) {
            reportFailure(failure);
            shutdown(Phase.FAILED);
            return 1;
        } catch (LauncherException e) {
            out.println("simadmin: " + e.getMessage());
            shutdown(Phase.FAILED);
            return 1;
        } catch (RuntimeException e) {
            shutdown(Phase.FAILED);
            throw e;
        } finally {
            pool.shutdown();
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void awaitHealthy(List<ServiceProcess> started, ExecutorService pool) {
        Duration timeout = Duration.ofSeconds(settings.healthTimeoutSeconds());
        HealthProbe probe = new HealthProbe();
        List<CompletableFuture<Void>> waits = started.stream().map(process -> CompletableFuture.runAsync(() -> {
            ServiceProcess.StartTime took = process.awaitHealthy(probe, timeout);
            out.println("  %-18s up on :%d in %.1f s, %.1f s CPU (pid %d)".formatted(process.spec().name(), process.port(),
                    took.seconds(), took.cpuSeconds(), process.pid()));
        }, pool)).toList();
        ServiceStartFailure first = null;
        for (CompletableFuture<Void> wait : waits) {
            try {
                wait.join();
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof ServiceStartFailure failure) {
                    first = first == null ? failure : first;
                } else if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                } else {
                    throw e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The URL is printed only once a first request through it reaches its service. */
    private void awaitGatewayRoutes(String gatewayUrl, List<ServiceSpec> services) {
        Instant from = Instant.now();
        List<String> unrouted = new GatewayRoutes(new HealthProbe()).awaitRoutable(gatewayUrl,
                services.stream().map(ServiceSpec::name).toList(), GATEWAY_ROUTE_TIMEOUT);
        if (unrouted.isEmpty()) {
            out.println("  gateway routes to every service after %.1f s".formatted(
                    Duration.between(from, Instant.now()).toMillis() / 1000.0));
        } else {
            out.println("  warning: after %d s the gateway still cannot reach %s; requests to it answer 503 until it does"
                    .formatted(GATEWAY_ROUTE_TIMEOUT.toSeconds(), String.join(", ", unrouted)));
        }
    }

    private void reportFailure(ServiceStartFailure failure) {
        ServiceProcess service = failure.service();
        out.println("simadmin: " + failure.getMessage() + ".");
        out.println("Last 20 lines of " + layout.display(service.log()) + ":");
        LogTail.lastLines(service.log(), 20).forEach(line -> out.println("  | " + line));
        out.println("Stopping everything that was started.");
    }

    private void shutdownFromSignal() {
        if (!stopped.get()) {
            out.println();
            out.println("Stopping simadmin (data is kept in " + layout.display(layout.dataDir()) + ") ...");
        }
        shutdown(Phase.STOPPED);
    }

    /**
     * Stops services in reverse start order (so that they can still deregister from Eureka), then Kafka,
     * PostgreSQL and the SMTP sink. Safe to call twice: the failure path and the shutdown hook both do.
     */
    void shutdown(Phase finalPhase) {
        synchronized (processes) {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
        }
        try {
            if (state != null) {
                state = state.withPhase(Phase.STOPPING);
                saveState();
            }
            List<Integer> waves = processes.values().stream().map(p -> p.spec().kind().wave()).distinct()
                    .sorted((a, b) -> b - a).toList();
            for (int wave : waves) {
                List<CompletableFuture<Void>> stops = processes.values().stream()
                        .filter(p -> p.spec().kind().wave() == wave)
                        .map(p -> CompletableFuture.runAsync(() -> p.stop(STOP_GRACE)))
                        .toList();
                stops.forEach(CompletableFuture::join);
            }
            if (infrastructure != null) {
                infrastructure.close();
            }
            if (state != null) {
                state = state.withPhase(finalPhase);
                saveState();
            }
            new PidFile(layout.pidFile()).deleteIfOwnedBy(pid);
            if (finalPhase == Phase.STOPPED) {
                out.println("simadmin stopped.");
            }
        } finally {
            out.flush();
            finished.countDown();
        }
    }

    private synchronized void saveState() {
        try {
            state.write(layout.stateFile());
        } catch (UncheckedIOException e) {
            out.println("simadmin: cannot write " + layout.display(layout.stateFile()) + ": " + e.getMessage());
        }
    }
}
