package io.simadmin.events;

/** One topic per aggregate type; events of one aggregate share a key and therefore a partition. */
public final class Topics {

    public static final String RESELLERS = "simadmin.resellers";
    public static final String AUTH = "simadmin.auth";
    public static final String PAYMENTS = "simadmin.payments";
    public static final String ORDERS = "simadmin.orders";
    public static final String SUPPORT = "simadmin.support";
    public static final String USERS = "simadmin.users";

    /** Suffix of the dead-letter topic that receives an event a consumer could not handle after its retries. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
