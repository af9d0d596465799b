package io.simadmin.events;

import io.simadmin.events.reseller.ResellerUpdated;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

    private static final Pattern VERSIONED_TYPE = Pattern.compile("[a-z]+(\\.[a-z-]+)+\\.v\\d+");

    @Test
    void every_type_is_versioned_and_unique() {
        Set<String> types = EventCatalog.entries().stream().map(EventCatalog.Entry::type).collect(Collectors.toSet());

        assertThat(types).hasSize(EventCatalog.entries().size()).allMatch(t -> VERSIONED_TYPE.matcher(t).matches());
    }

    @Test
    void every_event_class_appears_once_and_its_topic_is_a_simadmin_topic() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> {
            assertThat(EventCatalog.of(entry.eventClass())).isEqualTo(entry);
            assertThat(entry.topic()).startsWith("simadmin.");
        });
    }

    @Test
    void finds_the_topic_of_a_type() {
        assertThat(EventCatalog.of(ResellerUpdated.class).topic()).isEqualTo(Topics.RESELLERS);
        assertThat(EventCatalog.topicOf("reseller.updated.v1")).isEqualTo(Topics.RESELLERS);
        assertThat(Topics.deadLetterOf(Topics.RESELLERS)).isEqualTo("simadmin.resellers.dlt");
    }
}
