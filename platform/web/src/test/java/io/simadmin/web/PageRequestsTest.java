package io.simadmin.web;

import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.SortableFields;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestsTest {

    private final SortableFields fields = SortableFields.of(Sort.by("id"), "name", "businessName", "createdAt", "createdAt");

    @Test
    void defaults_to_first_page_of_twenty_in_default_order() {
        Pageable pageable = PageRequests.of(null, null, null, fields);

        assertThat(pageable.getPageNumber()).isZero();
        assertThat(pageable.getPageSize()).isEqualTo(20);
        assertThat(pageable.getSort()).isEqualTo(Sort.by("id"));
    }

    @Test
    void maps_api_sort_names_to_properties_and_keeps_a_tie_breaker() {
        Pageable pageable = PageRequests.of(2, 50, List.of("name", "desc"), fields);

        assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("businessName"), Sort.Order.asc("id"));
    }

    @Test
    void accepts_several_sort_fields_each_with_its_direction() {
        Pageable pageable = PageRequests.of(0, 10, List.of("createdAt,desc", "name,asc"), fields);

        assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("createdAt"), Sort.Order.asc("businessName"),
                Sort.Order.asc("id"));
    }
}
