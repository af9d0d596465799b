package io.simadmin.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

/**
 * The one JSON configuration for event payloads, used by producers and consumers alike. Money travels as
 * a decimal string so no consumer ever sees it as a binary float; unknown fields are ignored so that
 * adding a field to an event never breaks an older consumer.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static DomainEvent read(String type, String json) {
        EventCatalog.Entry entry = EventCatalog.byType(type)
                .orElseThrow(() -> new UnknownEventTypeException(type));
        return MAPPER.readValue(json, entry.eventClass());
    }
}
