package io.simadmin.analytics.metrics;

/** Orders placed by public users in the app and by resellers for their clients. */
public record OrdersBySource(long app, long reseller) {
}
