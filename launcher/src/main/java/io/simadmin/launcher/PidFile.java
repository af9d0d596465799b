package io.simadmin.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code .data/run/launcher.pid}: tells a second {@code start} that the suite already runs on this data
 * directory, and tells {@code stop} whom to signal.
 */
public final class PidFile {

    private final Path file;

    public PidFile(Path file) {
        this.file = file;
    }

    /** The pid of a launcher that is alive; a pid file left by a crashed launcher counts as absent. */
    public Optional<ProcessHandle> runningLauncher() {
        return readPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(PidFile::looksLikeLauncher);
    }

    public Optional<Long> readPid() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void write(long pid) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Deletes the file only if it still names {@code pid}, so a late-exiting old launcher cannot remove a new one's. */
    public void deleteIfOwnedBy(long pid) {
        if (readPid().filter(p -> p == pid).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
    }

    /** A recycled pid belongs to some other program; only a JVM running the launcher counts. */
    private static boolean looksLikeLauncher(ProcessHandle handle) {
        return handle.info().commandLine().map(line -> line.contains("launcher")).orElse(true);
    }
}
