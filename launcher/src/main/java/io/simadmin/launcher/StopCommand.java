package io.simadmin.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code stop}: asks the running launcher to stop (SIGTERM, the same as Ctrl-C) and waits for it; the
 * launcher stops the services and the infrastructure itself. Processes left behind by a launcher that was
 * killed outright are cleaned up from the state file.
 */
final class StopCommand {

    private static final Duration WAIT = Duration.ofSeconds(150);

    private final DataLayout layout;
    private final PrintStream out;

    StopCommand(DataLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int run() {
        Optional<ProcessHandle> launcher = new PidFile(layout.pidFile()).runningLauncher();
        if (launcher.isEmpty()) {
            int leftovers = killLeftovers();
            out.println(leftovers == 0 ? "simadmin is not running." : "simadmin was not running; stopped " + leftovers + " leftover process(es).");
            return 0;
        }
        ProcessHandle handle = launcher.get();
        out.println("Stopping simadmin (launcher pid " + handle.pid() + ") ...");
        handle.destroy();
        Instant deadline = Instant.now().plus(WAIT);
        while (handle.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(250);
        }
        if (handle.isAlive()) {
            out.println("The launcher did not stop within " + WAIT.toSeconds() + " s; killing it and its services.");
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            killLeftovers();
        }
        out.println("simadmin stopped (data kept in " + layout.display(layout.dataDir()) + ").");
        return 0;
    }

    /** Services whose launcher died without stopping them; only processes that still run a simadmin jar. */
    private int killLeftovers() {
        Optional<SuiteState> state = SuiteState.read(layout.stateFile());
        if (state.isEmpty()) {
            return 0;
        }
        int killed = 0;
        for (SuiteState.RunningService service : state.get().services()) {
            Optional<ProcessHandle> process = service.pid() > 0 ? ProcessHandle.of(service.pid()) : Optional.empty();
            if (process.isPresent() && process.get().isAlive()
                    && process.get().info().commandLine().map(line -> line.contains(service.name())).orElse(false)) {
                process.get().destroy();
                killed++;
            }
        }
        return killed;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
