package io.simadmin.test.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.simadmin.embedded.EmbeddedPostgresServer;
import io.simadmin.embedded.KafkaBroker;

/** Remembers the first servers a test class saw, so later classes in the same JVM can prove they got the same. */
final class SharedServersSeen {

    private static EmbeddedPostgresServer postgres;
    private static KafkaBroker kafka;

    private SharedServersSeen() {
    }

    static synchronized void assertSameAsEarlierClasses(EmbeddedPostgresServer currentPostgres, KafkaBroker currentKafka) {
        if (postgres == null) {
            postgres = currentPostgres;
            kafka = currentKafka;
        }
        assertThat(currentPostgres).isSameAs(postgres);
        assertThat(currentKafka).isSameAs(kafka);
    }
}
