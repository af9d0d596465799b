package io.simadmin.web.paging;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** The list response of every service: {@code {content, page:{number,size,totalElements,totalPages}}}. */
public record PageResponse<T>(List<T> content, PageMeta page) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        List<T> content = page.getContent().stream().<T>map(mapper).toList();
        return new PageResponse<>(content,
                new PageMeta(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }
}
