package io.simadmin.payment.gateways;

import io.simadmin.events.payment.PaymentFailed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in gateway for local runs, demos and tests: no money moves, outcomes depend on the token only.
 * {@code tok_visa} succeeds, {@code tok_decline} is declined, {@code tok_insufficient_funds} is declined for lack
 * of funds, {@code tok_timeout} never answers in time (and charges nothing); any other token is declined as unknown.
 *
 * <p>It keeps its own books ({@code sandbox_operation}) the way a real gateway would: written at once, outside our
 * transactions, one row per idempotency key, so a repeated request gets the first answer and the reconciler can ask
 * what happened to a key after a crash.
 */
@Component
@ConditionalOnProperty(name = "simadmin.payments.gateways.sandbox.enabled", matchIfMissing = true)
public class SandboxGateway implements PaymentGateway {

    public static final String NAME = "sandbox";
    public static final String VISA = "tok_visa";
    public static final String DECLINE = "tok_decline";
    public static final String INSUFFICIENT_FUNDS = "tok_insufficient_funds";
    public static final String TIMEOUT = "tok_timeout";

    private static final String SUCCEEDED = "succeeded";

    private final JdbcTemplate jdbc;
    private final Duration timeoutDelay;

    SandboxGateway(JdbcTemplate jdbc, GatewayProperties properties) {
        this.jdbc = jdbc;
        this.timeoutDelay = properties.sandbox().timeoutDelay();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayInfo info() {
        return new GatewayInfo(NAME, "Sandbox (no real money)", true, List.of("card", "mobile_money"),
                List.of(VISA, DECLINE, INSUFFICIENT_FUNDS, TIMEOUT));
    }

    @Override
    public GatewayResult charge(ChargeRequest request) {
        OutsideTransactions.require("the sandbox gateway");
        String token = request.token() == null ? "" : request.token().trim();
        if (TIMEOUT.equals(token)) {
            sleep(timeoutDelay);
            return GatewayResult.timeout("The sandbox did not answer within " + timeoutDelay.toMillis() + " ms.");
        }
        String outcome = switch (token) {
            case VISA -> SUCCEEDED;
            case DECLINE -> PaymentFailed.CARD_DECLINED;
            case INSUFFICIENT_FUNDS -> PaymentFailed.INSUFFICIENT_FUNDS;
            default -> "unknown_token";
        };
        record(request.idempotencyKey(), "charge", "sbx_ch_", null, request.amount(), request.currency(), outcome);
        return lookupCharge(request.idempotencyKey(), null);
    }

    @Override
    public GatewayResult lookupCharge(String idempotencyKey, String reference) {
        return find("charge", idempotencyKey, reference).map(SandboxGateway::answer).orElseGet(GatewayResult::notFound);
    }

    @Override
    public GatewayResult refund(RefundRequest request) {
        OutsideTransactions.require("the sandbox gateway");
        Optional<Operation> charge = find("charge", null, request.paymentReference());
        String outcome;
        if (charge.isEmpty() || !SUCCEEDED.equals(charge.get().outcome())) {
            outcome = "no_such_charge";
        } else {
            BigDecimal refunded = jdbc.queryForObject("""
                    select coalesce(sum(amount), 0) from sandbox_operation
                    where kind = 'refund' and parent_reference = ? and outcome = 'succeeded'
                      and idempotency_key <> ?""", BigDecimal.class, request.paymentReference(), request.idempotencyKey());
            outcome = refunded.add(request.amount()).compareTo(charge.get().amount()) > 0 ? "amount_too_large" : SUCCEEDED;
        }
        record(request.idempotencyKey(), "refund", "sbx_re_", request.paymentReference(), request.amount(),
                request.currency(), outcome);
        return lookupRefund(request.idempotencyKey(), null, request.paymentReference());
    }

    @Override
    public GatewayResult lookupRefund(String idempotencyKey, String reference, String paymentReference) {
        return find("refund", idempotencyKey, reference).map(SandboxGateway::answer).orElseGet(GatewayResult::notFound);
    }

    /** How many operations the sandbox holds under a key: what tests check to prove nothing was charged twice. */
    public int operationsUnder(String idempotencyKey) {
        Integer n = jdbc.queryForObject("select count(*) from sandbox_operation where idempotency_key = ?",
                Integer.class, idempotencyKey);
        return n == null ? 0 : n;
    }

    private void record(String key, String kind, String prefix, String parent, BigDecimal amount, String currency,
                        String outcome) {
        // The first request under a key decides; a repeat only reads it back.
        jdbc.update("""
                        insert into sandbox_operation (idempotency_key, kind, reference, parent_reference, amount,
                                                       currency, outcome)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing""",
                key, kind, prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 24), parent, amount,
                currency, outcome);
    }

    private Optional<Operation> find(String kind, String key, String reference) {
        if (reference != null) {
            return jdbc.query("select * from sandbox_operation where kind = ? and reference = ?", Operation.ROW, kind,
                    reference).stream().findFirst();
        }
        return jdbc.query("select * from sandbox_operation where kind = ? and idempotency_key = ?", Operation.ROW,
                kind, key).stream().findFirst();
    }

    private static GatewayResult answer(Operation op) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("gateway", NAME);
        response.put("id", op.reference());
        response.put("object", op.kind());
        response.put("status", SUCCEEDED.equals(op.outcome()) ? SUCCEEDED : "failed");
        response.put("amount", op.amount().toPlainString());
        response.put("currency", op.currency());
        if (!SUCCEEDED.equals(op.outcome())) {
            response.put("failureCode", op.outcome());
        }
        return switch (op.outcome()) {
            case SUCCEEDED -> GatewayResult.succeeded(op.reference(), response);
            case PaymentFailed.CARD_DECLINED -> GatewayResult.failed(op.reference(), PaymentFailed.CARD_DECLINED,
                    "The card was declined.", response);
            case PaymentFailed.INSUFFICIENT_FUNDS -> GatewayResult.failed(op.reference(),
                    PaymentFailed.INSUFFICIENT_FUNDS, "The card has insufficient funds.", response);
            case "unknown_token" -> GatewayResult.failed(op.reference(), PaymentFailed.CARD_DECLINED,
                    "Unknown sandbox token; use tok_visa, tok_decline, tok_insufficient_funds or tok_timeout.", response);
            case "amount_too_large" -> GatewayResult.failed(op.reference(), PaymentFailed.GATEWAY_ERROR,
                    "The refund is larger than what remains of the charge.", response);
            default -> GatewayResult.failed(op.reference(), PaymentFailed.GATEWAY_ERROR,
                    "The sandbox has no successful charge to refund.", response);
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Operation(String kind, String reference, BigDecimal amount, String currency, String outcome) {
        static final org.springframework.jdbc.core.RowMapper<Operation> ROW = (rs, n) -> new Operation(
                rs.getString("kind"), rs.getString("reference"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getString("outcome"));
    }
}
