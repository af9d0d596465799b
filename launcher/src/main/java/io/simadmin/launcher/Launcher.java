package io.simadmin.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point behind {@code ./simadmin}: {@code start [--detach]}, {@code stop}, {@code status}. Runs
 * from the repo root (the script changes there), which is where service jars and the data directory are.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        int code;
        try {
            code = run(Arrays.asList(args), out);
        } catch (LauncherException e) {
            // A problem the person can fix: one line, no stack trace.
            System.err.println("simadmin: " + e.getMessage());
            code = 1;
        }
        out.flush();
        System.exit(code);
    }

    static int run(List<String> args, PrintStream out) {
        LaunchSettings settings = LaunchSettings.from(Path.of("").toAbsolutePath(), System.getenv());
        String command = args.isEmpty() ? "help" : args.getFirst();
        List<String> options = args.subList(Math.min(1, args.size()), args.size());
        return switch (command) {
            case "start" -> {
                for (String option : options) {
                    if (!option.equals("--detach")) {
                        throw new LauncherException("start knows only --detach, not '" + option + "'.");
                    }
                }
                yield options.contains("--detach")
                        ? new DetachedStart(settings, out).run()
                        : new SuiteRunner(settings, out).runUntilStopped();
            }
            case "stop" -> new StopCommand(settings.layout(), out).run();
            case "status" -> new StatusCommand(settings.layout(), out).run();
            case "demo-data" -> new DemoDataCommand(settings.layout(), out).run(options);
            case "help", "--help", "-h" -> {
                out.println("usage: launcher start [--detach] | stop | status | demo-data [--again]");
                yield 0;
            }
            default -> throw new LauncherException("unknown command '" + command + "'; use start [--detach], stop, status or demo-data.");
        };
    }
}
