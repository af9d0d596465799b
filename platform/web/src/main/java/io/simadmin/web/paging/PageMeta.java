package io.simadmin.web.paging;

/** Where a page sits in the whole list; {@code number} counts from 0. */
public record PageMeta(int number, int size, long totalElements, int totalPages) {
}
