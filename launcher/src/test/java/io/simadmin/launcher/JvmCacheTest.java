package io.simadmin.launcher;

import io.simadmin.launcher.JvmCache.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JvmCacheTest {

    @TempDir
    Path dir;

    @Test
    void on_jdk_25_the_first_start_trains_and_later_starts_use_the_cache() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        JvmCache first = JvmCache.choose(25, dir.resolve("aot"), "svc", jar, null, () -> true);
        Files.writeString(first.file(), "cache");
        JvmCache second = JvmCache.choose(25, dir.resolve("aot"), "svc", jar, null, () -> true);

        assertThat(first.mode()).isEqualTo(Mode.AOT_TRAIN);
        assertThat(first.flags()).contains("-XX:AOTCacheOutput=" + first.file());
        assertThat(second.mode()).isEqualTo(Mode.AOT_USE);
        assertThat(second.flags()).contains("-XX:AOTCache=" + first.file());
    }

    @Test
    void a_cache_older_than_the_jar_is_thrown_away_and_trained_again() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");
        Files.createDirectories(dir.resolve("aot"));
        Path cache = Files.writeString(dir.resolve("aot/svc.aot"), "old");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

        JvmCache chosen = JvmCache.choose(25, dir.resolve("aot"), "svc", jar, null, () -> true);

        assertThat(chosen.mode()).isEqualTo(Mode.AOT_TRAIN);
        assertThat(cache).doesNotExist();
    }

    @Test
    void a_service_without_a_cache_runs_without_one_when_this_start_has_no_training_left() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");

        JvmCache chosen = JvmCache.choose(25, dir.resolve("aot"), "svc", jar, null, () -> false);

        assertThat(chosen.mode()).isEqualTo(Mode.NONE);
        assertThat(chosen.flags()).isEmpty();
    }

    @Test
    void one_start_trains_one_cache_unless_all_are_asked_for() {
        assertThat(JvmCache.trainingsPerStart(null)).isEqualTo(1);
        assertThat(JvmCache.trainingsPerStart("all")).isEqualTo(Integer.MAX_VALUE);
        assertThat(JvmCache.trainingsPerStart("off")).isZero();
    }

    @Test
    void on_jdk_21_a_dynamic_cds_archive_is_used() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");

        JvmCache chosen = JvmCache.choose(21, dir.resolve("aot"), "svc", jar, null, () -> true);

        assertThat(chosen.flags()).contains("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + dir.resolve("aot/svc.jsa"));
    }

    @Test
    void the_cache_can_be_switched_off() throws Exception {
        Path jar = Files.writeString(dir.resolve("app.jar"), "jar");

        assertThat(JvmCache.choose(25, dir.resolve("aot"), "svc", jar, "off", () -> true).flags()).isEmpty();
    }

    @Test
    void jvm_options_fit_a_small_machine_and_extra_options_come_last() {
        var options = JvmOptions.forService(ServiceKind.DOMAIN, JvmCache.none(), "-XX:TieredStopAtLevel=4 -Xmx300m");

        assertThat(options).contains("-XX:+UseSerialGC", "-Xss512k", "-Xmx192m", "-XX:ReservedCodeCacheSize=64m", "-Dspring.jmx.enabled=false");
        assertThat(options.subList(options.size() - 2, options.size())).containsExactly("-XX:TieredStopAtLevel=4", "-Xmx300m");
    }
}
