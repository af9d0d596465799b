package io.simadmin.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of processes, read from Linux's /proc (no such numbers elsewhere). */
final class ProcMemory {

    private ProcMemory() {
    }

    /** VmRSS of a process in KiB, empty when the process is gone or /proc is not there. */
    static OptionalLong rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * Proportional set size of a process and all its descendants, in KiB. PostgreSQL is a postmaster plus
     * one process per connection that share its buffers: adding their RSS would count the shared memory
     * once per process, PSS counts it once in total.
     */
    static OptionalLong treePssKib(long pid) {
        return ProcessHandle.of(pid).map(root -> {
            long total = pssKib(root.pid());
            for (ProcessHandle child : root.descendants().toList()) {
                total += pssKib(child.pid());
            }
            return OptionalLong.of(total);
        }).orElse(OptionalLong.empty());
    }

    private static long pssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return rssKib(pid).orElse(0);
        }
        return rssKib(pid).orElse(0);
    }

    static String mib(OptionalLong kib) {
        return kib.isPresent() ? (kib.getAsLong() / 1024) + " MiB" : "-";
    }
}
