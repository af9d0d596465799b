package io.simadmin.web.paging;

/**
 * How a list's filter is answered, which decides how far {@link BoundedCountPages} counts before it reports a floor.
 * Counting is cheap while one index holds exactly the matching rows; a text search (a trigram bitmap) or a second
 * condition makes PostgreSQL fetch and check table rows one by one, so those counts stop ten times sooner.
 */
public enum Filtering {

    /** No condition: a large list reports the table's row estimate. */
    NONE(BoundedCountPages.COUNT_CAP),
    /** One condition an index answers. */
    INDEXED(BoundedCountPages.COUNT_CAP),
    /** A text search, or several conditions. */
    ROW_BY_ROW(BoundedCountPages.COUNT_CAP / 10);

    private final int countCap;

    Filtering(int countCap) {
        this.countCap = countCap;
    }

    /** Matching rows are counted up to this many; beyond it the total is a floor ({@code exactTotal: false}). */
    public int countCap() {
        return countCap;
    }

    /**
     * @param conditions how many filters the request sets, the text search included
     * @param textSearch whether one of them is a free-text search
     */
    public static Filtering of(int conditions, boolean textSearch) {
        if (conditions == 0) {
            return NONE;
        }
        return textSearch || conditions > 1 ? ROW_BY_ROW : INDEXED;
    }

    /** Counts the values that are set (non-null, and non-blank for strings). */
    public static int countSet(Object... values) {
        int set = 0;
        for (Object value : values) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                set++;
            }
        }
        return set;
    }
}
