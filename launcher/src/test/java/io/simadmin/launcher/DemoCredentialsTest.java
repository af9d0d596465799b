package io.simadmin.launcher;

import io.simadmin.launcher.DemoCredentials.DemoPassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void the_generated_password_is_shown_on_the_first_start_only() {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));

        DemoPassword first = DemoCredentials.resolve(secrets, Map.of());
        DemoPassword second = DemoCredentials.resolve(secrets, Map.of());

        assertThat(second.value()).isEqualTo(first.value());
        assertThat(DemoCredentials.describe(first, ".data/secrets.properties")).contains(first.value());
        assertThat(DemoCredentials.describe(second, ".data/secrets.properties")).doesNotContain(first.value());
    }

    @Test
    void simadmin_demo_password_set_before_the_first_start_is_used_and_not_echoed() {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));

        DemoPassword password = DemoCredentials.resolve(secrets, Map.of("SIMADMIN_DEMO_PASSWORD", "Chosen-Pass-1"));

        assertThat(password.value()).isEqualTo("Chosen-Pass-1");
        assertThat(secrets.get("demo.admin.password")).contains("Chosen-Pass-1");
        assertThat(DemoCredentials.describe(password, "s")).doesNotContain("Chosen-Pass-1").contains("SIMADMIN_DEMO_PASSWORD");
    }

    @Test
    void the_stored_password_wins_over_a_later_environment_value() {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));
        DemoPassword first = DemoCredentials.resolve(secrets, Map.of());

        DemoPassword later = DemoCredentials.resolve(secrets, Map.of("SIMADMIN_DEMO_PASSWORD", "other"));

        assertThat(later.value()).isEqualTo(first.value());
    }

    @Test
    void the_describe_text_names_the_demo_logins_but_not_a_password_chosen_earlier() {
        DemoPassword password = new DemoPassword("x", false, false);

        assertThat(DemoCredentials.describe(password, "s")).contains("superadmin@example.com", "moderator@example.com")
                .doesNotContain(": x");
        assertThat(password.toString()).doesNotContain("x]");
    }
}
