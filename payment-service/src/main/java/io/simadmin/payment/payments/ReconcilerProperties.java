package io.simadmin.payment.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code simadmin.payments.reconciler.*}.
 *
 * @param grace     how old an attempt must be before it counts as left behind; longer than any gateway call may
 *                  take (Stripe's read timeout and retries), so the reconciler never races a call still running
 * @param interval  pause between runs, and between two checks of one attempt
 * @param batchSize attempts claimed per run
 */
@ConfigurationProperties("simadmin.payments.reconciler")
public record ReconcilerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2m") Duration grace,
                                   @DefaultValue("15s") Duration interval, @DefaultValue("50") int batchSize) {
}
