package io.simadmin.payment.gateways;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code simadmin.payments.gateways.*}. Secrets (Stripe's API key and webhook signing secret) come from the
 * environment ({@code STRIPE_SECRET_KEY}, {@code STRIPE_WEBHOOK_SECRET}), never from a file in the repository.
 *
 * @param defaultGateway the gateway used when a request names none
 */
@ConfigurationProperties("simadmin.payments.gateways")
public record GatewayProperties(@DefaultValue("sandbox") String defaultGateway,
                                @DefaultValue Sandbox sandbox,
                                @DefaultValue Stripe stripe) {

    /**
     * @param timeoutDelay how long {@code tok_timeout} keeps the caller waiting before the sandbox "times out"
     */
    public record Sandbox(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration timeoutDelay) {
    }

    /**
     * @param apiKey            secret key ({@code sk_test_…} / {@code sk_live_…}); Stripe is offered only with one
     * @param webhookSecret     the endpoint's signing secret ({@code whsec_…}) for {@code POST /api/payments/webhooks/stripe}
     * @param apiBase           Stripe's API address; empty means the SDK's default (tests point it at a local stub)
     * @param maxNetworkRetries the SDK retries with the same idempotency key, which is safe
     */
    public record Stripe(@DefaultValue("false") boolean enabled, String apiKey, String webhookSecret, String apiBase,
                         @DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
                         @DefaultValue("1") int maxNetworkRetries) {

        public boolean configured() {
            return enabled && apiKey != null && !apiKey.isBlank();
        }

        public boolean testMode() {
            return apiKey == null || !apiKey.startsWith("sk_live_");
        }
    }
}
