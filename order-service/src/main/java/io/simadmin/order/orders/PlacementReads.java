package io.simadmin.order.orders;

import io.simadmin.order.plans.PlanOffer;
import io.simadmin.order.plans.SimType;
import io.simadmin.order.projections.UserRef;
import io.simadmin.order.projections.UserRefs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * What placing an app user's order reads before it writes, in one round trip: the plan and the user (from the
 * {@code user_ref} projection). Two primary-key statements were two of the placement's eight round trips.
 */
@Component
class PlacementReads {

    record PlanAndUser(Optional<PlanOffer> plan, Optional<UserRef> user) {
    }

    private final JdbcClient jdbc;

    PlacementReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanAndUser planAndUser(UUID planId, UUID userId) {
        return jdbc.sql("""
                        select p.id as plan_id, p.name, p.network_provider, p.sim_type, p.price, p.currency, p.active,
                               u.id, u.full_name, u.phone, u.status
                        from (values (1)) as one (x)
                        left join plan p on p.id = :plan
                        left join user_ref u on u.id = :user""")
                .param("plan", planId).param("user", userId)
                .query((rs, n) -> new PlanAndUser(plan(rs), user(rs)))
                .single();
    }

    private static Optional<PlanOffer> plan(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("plan_id", UUID.class);
        return id == null ? Optional.empty() : Optional.of(new PlanOffer(id, rs.getString("name"),
                rs.getString("network_provider"), SimType.fromStored(rs.getString("sim_type")),
                rs.getBigDecimal("price"), rs.getString("currency"), rs.getBoolean("active")));
    }

    private static Optional<UserRef> user(ResultSet rs) throws SQLException {
        return rs.getObject("id") == null ? Optional.empty() : Optional.of(UserRefs.read(rs));
    }
}
