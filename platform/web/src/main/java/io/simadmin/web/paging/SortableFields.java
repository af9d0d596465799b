package io.simadmin.web.paging;

import org.springframework.data.domain.Sort;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a list may be sorted by (API name → entity property) and its default order. Only these reach
 * the query, so a client can neither sort by an unindexed column nor probe hidden ones.
 */
public final class SortableFields {

    private final Map<String, String> properties;
    private final Sort defaultSort;

    private SortableFields(Map<String, String> properties, Sort defaultSort) {
        this.properties = Map.copyOf(properties);
        this.defaultSort = defaultSort;
    }

    /** @param apiToProperty pairs of API name and entity property, e.g. {@code "businessName", "businessName"} */
    public static SortableFields of(Sort defaultSort, String... apiToProperty) {
        if (apiToProperty.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of api name and property expected");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < apiToProperty.length; i += 2) {
            map.put(apiToProperty[i], apiToProperty[i + 1]);
        }
        return new SortableFields(map, defaultSort);
    }

    Optional<String> property(String apiName) {
        return Optional.ofNullable(properties.get(apiName));
    }

    Sort defaultSort() {
        return defaultSort;
    }

    String allowed() {
        return String.join(", ", properties.keySet().stream().sorted().toList());
    }
}
