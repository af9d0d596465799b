package io.simadmin.payment.gateways;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import io.simadmin.events.payment.PaymentFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe through its official Java client: a charge is a PaymentIntent created and confirmed at once with the
 * buyer's PaymentMethod ({@code pm_…}, the order's payment token); a refund is a Refund of that PaymentIntent.
 * Every request carries the attempt's idempotency key (Stripe replays the first answer for a repeated key) and the
 * key as metadata {@value #ATTEMPT_METADATA}, which is how the reconciler finds a charge whose answer was lost.
 */
@Component
@ConditionalOnProperty(name = "simadmin.payments.gateways.stripe.enabled", havingValue = "true")
public class StripeGateway implements PaymentGateway {

    public static final String NAME = "stripe";
    public static final String ATTEMPT_METADATA = "simadmin_attempt";

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    /** Currencies Stripe counts in whole units (https://docs.stripe.com/currencies#zero-decimal). */
    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA",
            "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");

    private final StripeClient client;
    private final boolean testMode;

    public StripeGateway(GatewayProperties properties) {
        GatewayProperties.Stripe stripe = properties.stripe();
        if (!stripe.configured()) {
            throw new IllegalStateException("simadmin.payments.gateways.stripe.enabled is true but no api-key is set "
                    + "(STRIPE_SECRET_KEY)");
        }
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(stripe.apiKey())
                .setConnectTimeout((int) stripe.connectTimeout().toMillis())
                .setReadTimeout((int) stripe.readTimeout().toMillis())
                .setMaxNetworkRetries(stripe.maxNetworkRetries());
        if (stripe.apiBase() != null && !stripe.apiBase().isBlank()) {
            builder.setApiBase(stripe.apiBase().trim());
        }
        this.client = builder.build();
        this.testMode = stripe.testMode();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayInfo info() {
        return new GatewayInfo(NAME, "Stripe", testMode, List.of("card"), List.of());
    }

    @Override
    public GatewayResult charge(ChargeRequest request) {
        OutsideTransactions.require("Stripe");
        Optional<Long> minor = minorUnits(request.amount(), request.currency());
        if (minor.isEmpty()) {
            return GatewayResult.failed(null, PaymentFailed.GATEWAY_ERROR, request.currency()
                    + " amounts must be whole units at Stripe", Map.of("gateway", NAME));
        }
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(minor.get())
                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                .setPaymentMethod(request.token())
                .addPaymentMethodType("card")
                .setConfirm(true)
                .setDescription(request.description())
                .putAllMetadata(request.metadata())
                .putMetadata(ATTEMPT_METADATA, request.idempotencyKey())
                .build();
        try {
            return answer(client.v1().paymentIntents().create(params, idempotent(request.idempotencyKey())));
        } catch (CardException e) {
            return declined(e);
        } catch (StripeException e) {
            return trouble("charge", e);
        }
    }

    @Override
    public GatewayResult lookupCharge(String idempotencyKey, String reference) {
        try {
            if (reference != null) {
                return answer(client.v1().paymentIntents().retrieve(reference));
            }
            List<PaymentIntent> found = client.v1().paymentIntents().search(PaymentIntentSearchParams.builder()
                    .setQuery("metadata['" + ATTEMPT_METADATA + "']:'" + idempotencyKey + "'").build()).getData();
            return found.isEmpty() ? GatewayResult.notFound() : answer(found.getFirst());
        } catch (InvalidRequestException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode())) {
                return GatewayResult.notFound();
            }
            return GatewayResult.unknown(reference, PaymentFailed.GATEWAY_ERROR, e.getMessage());
        } catch (StripeException e) {
            return GatewayResult.unknown(reference, PaymentFailed.GATEWAY_ERROR, e.getMessage());
        }
    }

    @Override
    public GatewayResult refund(RefundRequest request) {
        OutsideTransactions.require("Stripe");
        Optional<Long> minor = minorUnits(request.amount(), request.currency());
        if (minor.isEmpty()) {
            return GatewayResult.failed(null, PaymentFailed.GATEWAY_ERROR, request.currency()
                    + " amounts must be whole units at Stripe", Map.of("gateway", NAME));
        }
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(request.paymentReference())
                .setAmount(minor.get())
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                .putMetadata(ATTEMPT_METADATA, request.idempotencyKey());
        request.metadata().forEach(params::putMetadata);
        try {
            return answer(client.v1().refunds().create(params.build(), idempotent(request.idempotencyKey())));
        } catch (StripeException e) {
            return trouble("refund", e);
        }
    }

    @Override
    public GatewayResult lookupRefund(String idempotencyKey, String reference, String paymentReference) {
        try {
            if (reference != null) {
                return answer(client.v1().refunds().retrieve(reference, RequestOptions.getDefault()));
            }
            List<Refund> refunds = client.v1().refunds().list(RefundListParams.builder()
                    .setPaymentIntent(paymentReference).setLimit(100L).build()).getData();
            return refunds.stream()
                    .filter(r -> r.getMetadata() != null && idempotencyKey.equals(r.getMetadata().get(ATTEMPT_METADATA)))
                    .findFirst().map(StripeGateway::answer).orElseGet(GatewayResult::notFound);
        } catch (StripeException e) {
            return GatewayResult.unknown(reference, PaymentFailed.GATEWAY_ERROR, e.getMessage());
        }
    }

    /** A PaymentIntent's state as an outcome. */
    public static GatewayResult answer(PaymentIntent intent) {
        Map<String, Object> response = describe(intent);
        String status = String.valueOf(intent.getStatus());
        return switch (status) {
            case "succeeded" -> GatewayResult.succeeded(intent.getId(), response);
            case "requires_payment_method" -> {
                StripeError error = intent.getLastPaymentError();
                yield GatewayResult.failed(intent.getId(), declineCode(error == null ? null : error.getDeclineCode(),
                        error == null ? null : error.getCode()), error == null || error.getMessage() == null
                        ? "The card was declined." : error.getMessage(), response);
            }
            case "requires_action", "requires_confirmation" -> GatewayResult.failed(intent.getId(),
                    PaymentFailed.CARD_DECLINED, "The card needs the buyer's authentication, which a back-office "
                            + "charge cannot ask for.", response);
            case "canceled" -> GatewayResult.failed(intent.getId(), PaymentFailed.GATEWAY_ERROR,
                    "The payment was cancelled at Stripe.", response);
            // processing, requires_capture: not settled yet; a webhook or the reconciler finishes it.
            default -> new GatewayResult(GatewayResult.Outcome.UNKNOWN, intent.getId(), null,
                    "Stripe reports the payment as " + status + ".", response);
        };
    }

    public static GatewayResult answer(Refund refund) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("gateway", NAME);
        response.put("id", refund.getId());
        response.put("object", "refund");
        response.put("status", refund.getStatus());
        putIfPresent(response, "amount", refund.getAmount());
        putIfPresent(response, "currency", refund.getCurrency());
        putIfPresent(response, "payment_intent", refund.getPaymentIntent());
        putIfPresent(response, "failure_reason", refund.getFailureReason());
        return switch (String.valueOf(refund.getStatus())) {
            case "succeeded" -> GatewayResult.succeeded(refund.getId(), response);
            case "failed", "canceled" -> GatewayResult.failed(refund.getId(), PaymentFailed.GATEWAY_ERROR,
                    "Stripe could not refund: " + refund.getFailureReason(), response);
            default -> new GatewayResult(GatewayResult.Outcome.UNKNOWN, refund.getId(), null,
                    "Stripe reports the refund as " + refund.getStatus() + ".", response);
        };
    }

    /** Only what an admin needs to read; never the client secret or the payment method's card details. */
    private static Map<String, Object> describe(PaymentIntent intent) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("gateway", NAME);
        response.put("id", intent.getId());
        response.put("object", "payment_intent");
        response.put("status", intent.getStatus());
        putIfPresent(response, "amount", intent.getAmount());
        putIfPresent(response, "amount_received", intent.getAmountReceived());
        putIfPresent(response, "currency", intent.getCurrency());
        putIfPresent(response, "livemode", intent.getLivemode());
        putIfPresent(response, "latest_charge", intent.getLatestCharge());
        putIfPresent(response, "cancellation_reason", intent.getCancellationReason());
        StripeError error = intent.getLastPaymentError();
        if (error != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            putIfPresent(e, "type", error.getType());
            putIfPresent(e, "code", error.getCode());
            putIfPresent(e, "decline_code", error.getDeclineCode());
            putIfPresent(e, "message", error.getMessage());
            response.put("last_payment_error", e);
        }
        return response;
    }

    private static GatewayResult declined(CardException e) {
        StripeError error = e.getStripeError();
        PaymentIntent intent = error == null ? null : error.getPaymentIntent();
        Map<String, Object> response = intent != null ? describe(intent) : new LinkedHashMap<>(Map.of("gateway", NAME));
        if (intent == null) {
            Map<String, Object> detail = new LinkedHashMap<>();
            putIfPresent(detail, "type", "card_error");
            putIfPresent(detail, "code", e.getCode());
            putIfPresent(detail, "decline_code", e.getDeclineCode());
            putIfPresent(detail, "message", error == null ? null : error.getMessage());
            response.put("last_payment_error", detail);
        }
        putIfPresent(response, "request_id", e.getRequestId());
        String message = error != null && error.getMessage() != null ? error.getMessage() : "The card was declined.";
        return GatewayResult.failed(intent == null ? null : intent.getId(), declineCode(e.getDeclineCode(), e.getCode()),
                message, response);
    }

    /**
     * Errors other than a decline. Refusals of the request itself (bad parameters, bad key) mean nothing was
     * charged; anything else (network, timeouts, Stripe's 5xx, rate limits) leaves the outcome unknown.
     */
    private static GatewayResult trouble(String what, StripeException e) {
        if (e instanceof InvalidRequestException || e instanceof AuthenticationException
                || e instanceof PermissionException) {
            log.error("Stripe refused the {} request ({}): {}", what, e.getClass().getSimpleName(), e.getMessage());
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("gateway", NAME);
            putIfPresent(response, "error_code", e.getCode());
            putIfPresent(response, "request_id", e.getRequestId());
            return GatewayResult.failed(null, PaymentFailed.GATEWAY_ERROR, "Stripe refused the request: "
                    + e.getMessage(), response);
        }
        boolean timeout = e instanceof ApiConnectionException && isTimeout(e);
        log.warn("Stripe {} outcome unknown ({}): {}", what, e.getClass().getSimpleName(), e.getMessage());
        return GatewayResult.unknown(null, timeout ? PaymentFailed.GATEWAY_TIMEOUT : PaymentFailed.GATEWAY_ERROR,
                e.getMessage());
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String declineCode(String declineCode, String code) {
        if ("insufficient_funds".equals(declineCode) || "insufficient_funds".equals(code)) {
            return PaymentFailed.INSUFFICIENT_FUNDS;
        }
        return PaymentFailed.CARD_DECLINED;
    }

    static Optional<Long> minorUnits(BigDecimal amount, String currency) {
        try {
            int exponent = ZERO_DECIMAL.contains(currency.toUpperCase(Locale.ROOT)) ? 0 : 2;
            return Optional.of(amount.setScale(exponent, RoundingMode.UNNECESSARY).movePointRight(exponent)
                    .longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
