package io.simadmin.launcher;

import java.time.Duration;
import java.util.List;

/** What the person sees once everything is healthy: where to go, where to look, how to stop. */
final class Banner {

    private Banner() {
    }

    /**
     * @param demoPassword null when someone else shows the demo logins (the detached start does, in the
     *                     terminal, not in the background launcher's log)
     */
    static String render(SuiteState state, DataLayout layout, Duration took, List<ServiceSpec> services,
                         DemoCredentials.DemoPassword demoPassword, boolean detached, boolean apiDocsServed) {
        StringBuilder text = new StringBuilder();
        text.append("%nsimadmin is up (%d services healthy in %.1f s)%n".formatted(services.size(), took.toMillis() / 1000.0));
        if (state.gatewayUrl().isBlank()) {
            text.append("  Gateway:           not started (").append(SuiteServices.SUBSET_ENV).append(" leaves it out)\n");
        } else {
            String url = state.gatewayUrl();
            text.append("  URL:               ").append(url).append('\n');
            // Only announced once the gateway serves them, so the banner never points at a 404.
            if (apiDocsServed) {
                text.append("  API docs:          ").append(url).append("/api/docs\n");
            }
            text.append("  Metrics:           ").append(url).append("/actuator/prometheus (every service has its own; ports in ./simadmin status)\n");
        }
        state.services().stream().filter(s -> s.name().equals(SuiteServices.DISCOVERY)).findFirst()
                .ifPresent(d -> text.append("  Eureka dashboard:  http://localhost:").append(d.port()).append('\n'));
        text.append("  Logs:              ").append(layout.display(layout.logs())).append('\n');
        text.append("  PostgreSQL:        localhost:").append(state.postgresPort())
                .append("   Kafka: ").append(state.kafkaBootstrap())
                .append("   SMTP sink: localhost:").append(state.smtpPort()).append('\n');
        if (state.mailboxPort() > 0) {
            text.append("  Mails sent:        http://localhost:").append(state.mailboxPort())
                    .append("/messages (password resets and other mails the suite sent, caught here)\n");
        }
        if (!java.nio.file.Files.exists(layout.dataDir().resolve(DemoDataCommand.MARKER))) {
            text.append("  Demo data:         none yet; ./simadmin demo-data fills the suite with a small business\n");
        }
        if (demoPassword != null) {
            text.append(DemoCredentials.describe(demoPassword, layout.display(layout.secretsFile()))).append('\n');
        }
        text.append(detached
                ? "Running in the background: ./simadmin status, ./simadmin stop."
                : "Press Ctrl-C to stop (data is kept in " + layout.display(layout.dataDir()) + ").");
        return text.toString();
    }
}
