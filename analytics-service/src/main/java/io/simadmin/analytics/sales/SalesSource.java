package io.simadmin.analytics.sales;

import java.util.UUID;

/** Where a sale came from: a public user in the app, or a reseller for one of its clients. */
public final class SalesSource {

    public static final String APP = "app";
    public static final String RESELLER = "reseller";

    private SalesSource() {
    }

    /**
     * The source of an order or payment: {@value #RESELLER} when the event says so or names a reseller, else
     * {@value #APP}. Two values only, so that every figure lands in one of the dashboard's two slices.
     */
    public static String of(String declared, UUID resellerId) {
        return RESELLER.equals(declared) || resellerId != null ? RESELLER : APP;
    }
}
