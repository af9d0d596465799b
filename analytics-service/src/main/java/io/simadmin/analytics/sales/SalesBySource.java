package io.simadmin.analytics.sales;

/** The figures of app orders and of reseller orders; both always present, zero when there were none. */
public record SalesBySource(SalesFigures app, SalesFigures reseller) {
}
