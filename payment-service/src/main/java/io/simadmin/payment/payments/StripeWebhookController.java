package io.simadmin.payment.payments;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import io.simadmin.events.Actor;
import io.simadmin.payment.gateways.Attempt;
import io.simadmin.payment.gateways.GatewayAttempts;
import io.simadmin.payment.gateways.GatewayProperties;
import io.simadmin.payment.gateways.StripeGateway;
import io.simadmin.payment.refunds.Refunds;
import io.simadmin.web.problem.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Optional;

/**
 * Stripe's webhooks: no access token (Stripe has none of ours), but every request must carry a valid
 * {@code Stripe-Signature} for the endpoint's signing secret, checked by Stripe's own {@link Webhook} (HMAC-SHA256
 * over the timestamp and the raw body, 5 minutes' tolerance against replays). A verified event settles the charge or
 * refund it is about, exactly as the reconciler would; an event about nothing of ours is acknowledged and ignored.
 */
@RestController
@Tag(name = "Payments")
public class StripeWebhookController {

    static final String SIGNATURE_HEADER = "Stripe-Signature";

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final GatewayAttempts attempts;
    private final Charges charges;
    private final Refunds refunds;
    private final String secret;

    public StripeWebhookController(GatewayAttempts attempts, Charges charges, Refunds refunds,
                                   GatewayProperties properties) {
        this.attempts = attempts;
        this.charges = charges;
        this.refunds = refunds;
        this.secret = properties.stripe().webhookSecret();
    }

    @PostMapping({"/api/payments/webhooks/stripe", "/api/payments/webhooks/stripe/"})
    @Operation(summary = "Receive a Stripe webhook", security = {},
            description = "Called by Stripe, without a token. The Stripe-Signature header must verify against the "
                    + "configured signing secret, else 400. payment_intent.* events settle the charge they are about, "
                    + "refund.* events the refund; others are acknowledged and ignored. 503 when no signing secret "
                    + "is configured.",
            parameters = @Parameter(name = SIGNATURE_HEADER, in = ParameterIn.HEADER, required = true))
    public Map<String, Object> receive(@RequestBody(required = false) String payload,
                                       @Parameter(hidden = true)
                                       @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature) {
        if (secret == null || secret.isBlank()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "webhooks-not-configured",
                    "Stripe webhooks not configured", "No Stripe webhook signing secret is configured here.");
        }
        Event event;
        try {
            if (payload == null || signature == null) {
                throw new SignatureVerificationException("missing body or signature", signature);
            }
            event = Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException | RuntimeException e) {
            log.warn("rejected a Stripe webhook: {}", e.getMessage());
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-signature", "Invalid signature",
                    "The Stripe-Signature header does not verify this body.");
        }
        boolean settled = handle(event);
        return Map.of("received", true, "settled", settled);
    }

    private boolean handle(Event event) {
        String type = event.getType() == null ? "" : event.getType();
        Optional<StripeObject> object = object(event);
        if (type.startsWith("payment_intent.") && object.orElse(null) instanceof PaymentIntent intent) {
            return find(intent.getId(), intent.getMetadata()).filter(a -> a.kind() == Attempt.Kind.CHARGE)
                    .map(a -> charges.finish(a, StripeGateway.answer(intent), Actor.system())).orElse(false);
        }
        if (type.startsWith("refund.") && object.orElse(null) instanceof Refund refund) {
            return find(refund.getId(), refund.getMetadata()).filter(a -> a.kind() == Attempt.Kind.REFUND)
                    .map(a -> refunds.finish(a, StripeGateway.answer(refund), Actor.system())).orElse(false);
        }
        log.debug("ignoring Stripe event {} of type {}", event.getId(), type);
        return false;
    }

    /** Our attempt for a Stripe object: by its id, else by the key we put in its metadata; only if still open. */
    private Optional<Attempt> find(String id, Map<String, String> metadata) {
        Optional<Attempt> byReference = id == null ? Optional.empty()
                : attempts.findByReference(StripeGateway.NAME, id);
        Optional<Attempt> attempt = byReference.isPresent() || metadata == null
                ? byReference
                : Optional.ofNullable(metadata.get(StripeGateway.ATTEMPT_METADATA)).flatMap(attempts::findByKey);
        return attempt.filter(a -> StripeGateway.NAME.equals(a.gateway())).filter(Attempt::inFlight);
    }

    /** Stripe's model of the event's object, even when the event was rendered for another API version. */
    private static Optional<StripeObject> object(Event event) {
        var deserializer = event.getDataObjectDeserializer();
        Optional<StripeObject> object = deserializer.getObject();
        if (object.isPresent()) {
            return object;
        }
        try {
            return Optional.ofNullable(deserializer.deserializeUnsafe());
        } catch (EventDataObjectDeserializationException e) {
            log.warn("could not read the object of Stripe event {}: {}", event.getId(), e.getMessage());
            return Optional.empty();
        }
    }
}
