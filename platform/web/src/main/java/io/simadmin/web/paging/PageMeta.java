package io.simadmin.web.paging;

/**
 * Where a page sits in the whole list; {@code number} counts from 0.
 *
 * @param exactTotal false when {@code totalElements} is an estimate (a large unfiltered list, from the planner's
 *                   statistics) or a floor (a filtered list matching more than {@link BoundedCountPages#COUNT_CAP}
 *                   rows): the UI then says "about" or "more than"
 */
public record PageMeta(int number, int size, long totalElements, int totalPages, boolean exactTotal) {

    public PageMeta(int number, int size, long totalElements, int totalPages) {
        this(number, size, totalElements, totalPages, true);
    }

    static PageMeta of(int number, int size, long totalElements, boolean exactTotal) {
        int totalPages = size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
        return new PageMeta(number, size, totalElements, totalPages, exactTotal);
    }
}
