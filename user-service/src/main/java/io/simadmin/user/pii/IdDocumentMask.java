package io.simadmin.user.pii;

/**
 * What people without the right to see an ID document number see of it: {@code ••••1234}. The hint is the last
 * four characters, but never more than half of the number, so a short number is not given away by its "mask".
 */
public final class IdDocumentMask {

    public static final String BULLETS = "••••";

    private IdDocumentMask() {
    }

    /** The trailing characters worth keeping in clear for a number (stored alongside the ciphertext). */
    public static String hint(String number) {
        int shown = Math.min(4, number.length() / 2);
        return number.substring(number.length() - shown);
    }

    public static String masked(String hint) {
        return BULLETS + (hint == null ? "" : hint);
    }
}
