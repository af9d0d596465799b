package io.simadmin.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The class/AOT cache a service JVM uses to start faster. On JDK 25+ it is an AOT cache (JEP 483/514):
 * the first start trains and writes it on exit ({@code -XX:AOTCacheOutput}), later starts load it. On
 * JDK 19-24 it is a dynamic AppCDS archive the JVM creates and refreshes by itself. Both only cover
 * classes loaded from plain class-path jars, which is why the launcher runs services from an unpacked
 * copy of their Spring Boot jar.
 *
 * <p>Writing a cache is costly: at exit the JVM assembles it in a second JVM, which takes several seconds of
 * both cores. Eight services doing that at once made {@code stop} take 150 s, so one start trains only
 * {@link #DEFAULT_TRAININGS_PER_START} cache(s) and the others run without one until a later start trains them.
 * {@code SIMADMIN_JVM_CACHE=all} trains every missing cache in one start (for benchmarks).
 */
public record JvmCache(Mode mode, Path file) {

    public enum Mode { AOT_USE, AOT_TRAIN, CDS_AUTO, NONE }

    public static final String CACHE_ENV = "SIMADMIN_JVM_CACHE";
    public static final int DEFAULT_TRAININGS_PER_START = 1;

    public static JvmCache none() {
        return new JvmCache(Mode.NONE, null);
    }

    /** How many caches one start may train, from the {@value #CACHE_ENV} setting ({@code off}, {@code all} or unset). */
    public static int trainingsPerStart(String setting) {
        String value = setting == null ? "" : setting.trim();
        if ("off".equalsIgnoreCase(value)) {
            return 0;
        }
        return "all".equalsIgnoreCase(value) ? Integer.MAX_VALUE : DEFAULT_TRAININGS_PER_START;
    }

    /**
     * @param appJar        the unpacked application jar; a cache older than it was made for another build
     * @param claimTraining asked only when this service has no usable cache: true if it may train one now
     */
    public static JvmCache choose(int jdkFeature, Path cacheDir, String service, Path appJar, String setting,
                                  BooleanSupplier claimTraining) {
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
                return claimTraining.getAsBoolean() ? new JvmCache(Mode.AOT_TRAIN, aot) : none();
            }
            if (jdkFeature >= 19) {
                Path jsa = cacheDir.resolve(service + ".jsa");
                return Files.exists(jsa) || claimTraining.getAsBoolean() ? new JvmCache(Mode.CDS_AUTO, jsa) : none();
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
