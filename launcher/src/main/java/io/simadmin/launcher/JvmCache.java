package io.simadmin.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class/AOT cache a service JVM uses to start faster. On JDK 25+ it is an AOT cache (JEP 483/514):
 * the first start trains and writes it on exit ({@code -XX:AOTCacheOutput}), later starts load it. On
 * JDK 19-24 it is a dynamic AppCDS archive the JVM creates and refreshes by itself. Both only cover
 * classes loaded from plain class-path jars, which is why the launcher runs services from an unpacked
 * copy of their Spring Boot jar.
 */
public record JvmCache(Mode mode, Path file) {

    public enum Mode { AOT_USE, AOT_TRAIN, CDS_AUTO, NONE }

    public static final String CACHE_ENV = "SIMADMIN_JVM_CACHE";

    public static JvmCache none() {
        return new JvmCache(Mode.NONE, null);
    }

    /**
     * @param appJar the unpacked application jar; a cache older than it was made for another build
     */
    public static JvmCache choose(int jdkFeature, Path cacheDir, String service, Path appJar, String setting) {
        if ("off".equalsIgnoreCase(setting == null ? "" : setting.trim())) {
            return none();
        }
        try {
            Files.createDirectories(cacheDir);
            if (jdkFeature >= 25) {
                Path aot = cacheDir.resolve(service + ".aot");
                if (Files.exists(aot) && Files.size(aot) > 0
                        && !Files.getLastModifiedTime(aot).toInstant().isBefore(Files.getLastModifiedTime(appJar).toInstant())) {
                    return new JvmCache(Mode.AOT_USE, aot);
                }
                Files.deleteIfExists(aot);
                return new JvmCache(Mode.AOT_TRAIN, aot);
            }
            if (jdkFeature >= 19) {
                return new JvmCache(Mode.CDS_AUTO, cacheDir.resolve(service + ".jsa"));
            }
            return none();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the JVM cache in " + cacheDir, e);
        }
    }

    public List<String> flags() {
        return switch (mode) {
            // A cache that no longer matches must not break the start: the JVM then just runs without it.
            case AOT_USE -> List.of("-XX:AOTCache=" + file, "-XX:AOTMode=auto", "-Xlog:aot=error", "-Xlog:cds=error");
            case AOT_TRAIN -> List.of("-XX:AOTCacheOutput=" + file, "-Xlog:aot=error", "-Xlog:cds=error");
            case CDS_AUTO -> List.of("-XX:SharedArchiveFile=" + file, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=error");
            case NONE -> List.of();
        };
    }
}
