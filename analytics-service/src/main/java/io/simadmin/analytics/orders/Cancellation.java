package io.simadmin.analytics.orders;

import java.util.UUID;

/** An order cancelled for the first time whose placement analytics has seen, so its source is known. */
public record Cancellation(String source, UUID resellerId) {
}
