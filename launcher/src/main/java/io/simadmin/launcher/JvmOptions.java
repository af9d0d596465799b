package io.simadmin.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JVM options for a service on a small machine (2 cores, a few GiB for the whole suite). Measured
 * figures are in docs/adr/0004-launcher.md.
 */
public final class JvmOptions {

    private JvmOptions() {
    }

    public static List<String> forService(ServiceKind kind, JvmCache cache, String extraOptions) {
        List<String> options = new ArrayList<>(List.of(
                // One collector thread and no concurrent phases: the cheapest GC for heaps this small on 2 cores.
                "-XX:+UseSerialGC",
                "-Xms32m",
                "-Xmx" + kind.maxHeap(),
                "-XX:MaxMetaspaceSize=" + kind.maxMetaspace(),
                "-XX:ReservedCodeCacheSize=64m",
                "-Xss512k",
                // C1 only: startup is dominated by compiling Spring's startup code once; C2 would spend the
                // few cores on code that runs a handful of times.
                "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dspring.jmx.enabled=false",
                "-Dfile.encoding=UTF-8"));
        options.addAll(cache.flags());
        if (extraOptions != null && !extraOptions.isBlank()) {
            // Last, so that SIMADMIN_JVM_OPTS overrides any of the above (the JVM takes the last value).
            options.addAll(Arrays.asList(extraOptions.trim().split("\\s+")));
        }
        return options;
    }
}
