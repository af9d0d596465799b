package io.simadmin.order.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code client_ref} projection, guarded by {@code as_of} like {@link UserRefs}. */
@Component
public class ClientRefs {

    private final JdbcClient jdbc;

    ClientRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClientRef> find(UUID id) {
        return jdbc.sql("""
                        select id, reseller_id, client_name, client_phone, status, monthly_limit
                        from client_ref where id = :id""").param("id", id)
                .query((rs, n) -> new ClientRef(rs.getObject("id", UUID.class), rs.getObject("reseller_id", UUID.class),
                        rs.getString("client_name"), rs.getString("client_phone"), rs.getString("status"),
                        rs.getBigDecimal("monthly_limit")))
                .optional();
    }

    void upsert(UUID id, UUID resellerId, String name, String phone, String status, BigDecimal monthlyLimit,
                Instant asOf) {
        jdbc.sql("""
                        insert into client_ref (id, reseller_id, client_name, client_phone, status, monthly_limit, as_of)
                        values (:id, :resellerId, :name, :phone, :status, :monthlyLimit, :asOf)
                        on conflict (id) do update set reseller_id = excluded.reseller_id,
                            client_name = excluded.client_name, client_phone = excluded.client_phone,
                            status = excluded.status, monthly_limit = excluded.monthly_limit, as_of = excluded.as_of
                        where client_ref.as_of <= excluded.as_of""")
                .param("id", id).param("resellerId", resellerId).param("name", name).param("phone", phone)
                .param("status", status).param("monthlyLimit", monthlyLimit).param("asOf", Timestamp.from(asOf))
                .update();
    }
}
