package io.simadmin.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code start --detach}: runs the launcher again in the background, in its own session so closing the
 * terminal does not stop it, with its output in {@code .data/logs/launcher.log}; this process shows that
 * log until the suite is healthy and then returns to the prompt.
 */
final class DetachedStart {

    private final LaunchSettings settings;
    private final PrintStream out;

    DetachedStart(LaunchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run() {
        DataLayout layout = settings.layout();
        // Refuse here what the background launcher would refuse, so the message reaches the terminal.
        SuiteRunner.preflight(settings);
        DemoCredentials.DemoPassword demoPassword = DemoCredentials.resolve(new Secrets(layout.secretsFile()), settings.environment());

        Path log = layout.launcherLog();
        try {
            Files.createDirectories(log.getParent());
            long offset = Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder builder = new ProcessBuilder(childCommand())
                    .directory(layout.repoRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put(SuiteRunner.DETACHED_CHILD_ENV, "1");
            Process child = builder.start();
            child.getOutputStream().close();
            int result = follow(log, offset, child, Instant.now());
            if (result == 0) {
                out.println(DemoCredentials.describe(demoPassword, layout.display(layout.secretsFile())));
                out.println("Background launcher log: " + layout.display(log));
            }
            return result;
        } catch (IOException e) {
            throw new LauncherException("Cannot start the launcher in the background: " + e.getMessage());
        }
    }

    private List<String> childCommand() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(settings.javaCommand());
        for (String argument : self.arguments().orElseThrow(() -> new LauncherException("Cannot read this launcher's own command line."))) {
            if (!argument.equals("--detach")) {
                command.add(argument);
            }
        }
        return command;
    }

    /** Copies new log lines to the terminal until the suite is UP or the background launcher ends. */
    private int follow(Path log, long offset, Process child, Instant spawned) throws IOException {
        PidFile pidFile = new PidFile(settings.layout().pidFile());
        Instant deadline = spawned.plus(Duration.ofSeconds(60 + 3L * settings.healthTimeoutSeconds()));
        long position = offset;
        while (true) {
            position = copyNew(log, position);
            Optional<SuiteState> state = SuiteState.read(settings.layout().stateFile());
            boolean ours = state.isPresent() && !state.get().since().isBefore(spawned.minusSeconds(1));
            if (ours && state.get().phase() == SuiteState.Phase.UP) {
                copyNew(log, position);
                return 0;
            }
            boolean launcherGone = !child.isAlive() && pidFile.runningLauncher().isEmpty();
            if (launcherGone || (ours && state.get().phase() == SuiteState.Phase.FAILED && !child.isAlive())) {
                copyNew(log, position);
                out.println("simadmin: the background launcher ended before the suite was up (see " + settings.layout().display(log) + ").");
                return 1;
            }
            if (Instant.now().isAfter(deadline)) {
                out.println("simadmin: still not up after " + Duration.between(spawned, Instant.now()).toSeconds()
                        + " s; it keeps starting in the background: ./simadmin status, ./simadmin stop.");
                return 1;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }

    private long copyNew(Path log, long position) throws IOException {
        if (!Files.exists(log)) {
            return position;
        }
        try (RandomAccessFile raf = new RandomAccessFile(log.toFile(), "r")) {
            long length = raf.length();
            if (length <= position) {
                return position;
            }
            byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
            raf.seek(position);
            raf.readFully(bytes);
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
            return position + bytes.length;
        }
    }
}
