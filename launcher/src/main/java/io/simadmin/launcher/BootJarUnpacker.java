package io.simadmin.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Unpacks a Spring Boot jar with its own {@code -Djarmode=tools extract} into a plain jar plus
 * {@code lib/}. The JVM's AOT and CDS caches cannot cover classes loaded from jars nested inside a jar,
 * so without this step the cache would hold little more than the JDK itself. Unpacking happens again
 * only when the built jar changed.
 */
final class BootJarUnpacker {

    private final String javaCommand;

    BootJarUnpacker(String javaCommand) {
        this.javaCommand = javaCommand;
    }

    /** The runnable unpacked jar, or the Boot jar itself when unpacking is not possible. */
    Path unpack(Path bootJar, Path destination, Path log) {
        try {
            Path appJar = destination.resolve(bootJar.getFileName());
            Path stampFile = destination.resolve(".source");
            String stamp = bootJar.toAbsolutePath() + " " + Files.size(bootJar) + " " + Files.getLastModifiedTime(bootJar).toMillis();
            if (Files.exists(appJar) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
                return appJar;
            }
            deleteRecursively(destination);
            Files.createDirectories(destination.getParent());
            Process process = new ProcessBuilder(List.of(javaCommand, "-Djarmode=tools", "-jar", bootJar.toString(),
                    "extract", "--destination", destination.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(appJar)) {
                process.destroyForcibly();
                return bootJar;
            }
            Files.writeString(stampFile, stamp);
            return appJar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + bootJar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return bootJar;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
