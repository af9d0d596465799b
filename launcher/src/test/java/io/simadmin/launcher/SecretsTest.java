package io.simadmin.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void a_secret_is_generated_once_and_reused_afterwards() {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));

        String first = secrets.getOrCreate("db.reseller.password", Secrets::generatePassword);
        String second = new Secrets(dir.resolve("secrets.properties")).getOrCreate("db.reseller.password", Secrets::generatePassword);

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void the_secrets_file_is_readable_by_its_owner_only() throws Exception {
        Path file = dir.resolve("secrets.properties");
        new Secrets(file).getOrCreate("a", () -> "b");
        new Secrets(file).getOrCreate("c", () -> "d");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void generated_passwords_differ() {
        assertThat(Secrets.generatePassword()).isNotEqualTo(Secrets.generatePassword());
    }

    @Test
    void values_with_special_characters_survive_the_file() {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));
        secrets.getOrCreate("k", () -> "p=a:s#s!w\\o rd");

        assertThat(new Secrets(dir.resolve("secrets.properties")).get("k")).contains("p=a:s#s!w\\o rd");
    }
}
