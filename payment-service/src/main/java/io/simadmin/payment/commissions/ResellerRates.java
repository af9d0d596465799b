package io.simadmin.payment.commissions;

import io.simadmin.events.reseller.ResellerSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Resellers' commission rates as reseller-service's events tell them ({@code reseller_rate}). An older event never
 * overwrites a newer one, so a replay cannot bring back an old rate.
 */
@Component
public class ResellerRates {

    private final JdbcTemplate jdbc;

    ResellerRates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the rate changed */
    public boolean remember(UUID resellerId, ResellerSnapshot reseller, Instant asOf) {
        if (reseller == null || reseller.commissionRate() == null) {
            return false;
        }
        BigDecimal rate = reseller.commissionRate();
        if (rate.signum() < 0 || rate.compareTo(new BigDecimal("100")) > 0) {
            return false;
        }
        return jdbc.update("""
                        insert into reseller_rate (reseller_id, business_name, commission_rate, as_of)
                        values (?, ?, ?, ?)
                        on conflict (reseller_id) do update set business_name = excluded.business_name,
                            commission_rate = excluded.commission_rate, as_of = excluded.as_of
                        where reseller_rate.as_of <= excluded.as_of""",
                resellerId, reseller.businessName(), rate, Timestamp.from(asOf)) == 1;
    }

    public Optional<BigDecimal> rateOf(UUID resellerId) {
        return jdbc.queryForList("select commission_rate from reseller_rate where reseller_id = ?", BigDecimal.class,
                resellerId).stream().findFirst();
    }
}
