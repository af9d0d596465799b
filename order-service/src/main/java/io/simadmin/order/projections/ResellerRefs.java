package io.simadmin.order.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code reseller_ref} projection, guarded by {@code as_of} like {@link UserRefs}. */
@Component
public class ResellerRefs {

    private final JdbcClient jdbc;

    ResellerRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ResellerRef> find(UUID id) {
        return jdbc.sql("select id, business_name, status, deleted from reseller_ref where id = :id").param("id", id)
                .query((rs, n) -> new ResellerRef(rs.getObject("id", UUID.class), rs.getString("business_name"),
                        rs.getString("status"), rs.getBoolean("deleted")))
                .optional();
    }

    void upsert(UUID id, String businessName, String status, Instant asOf) {
        jdbc.sql("""
                        insert into reseller_ref (id, business_name, status, as_of)
                        values (:id, :businessName, :status, :asOf)
                        on conflict (id) do update set business_name = coalesce(excluded.business_name,
                            reseller_ref.business_name), status = excluded.status, as_of = excluded.as_of
                        where reseller_ref.as_of <= excluded.as_of""")
                .param("id", id).param("businessName", businessName).param("status", status)
                .param("asOf", Timestamp.from(asOf))
                .update();
    }

    /** Deleted resellers stay (their orders refer to them) but order nothing more; deletion is final. */
    void markDeleted(UUID id, String businessName, Instant asOf) {
        jdbc.sql("""
                        insert into reseller_ref (id, business_name, status, deleted, as_of)
                        values (:id, :businessName, 'deleted', true, :asOf)
                        on conflict (id) do update set deleted = true, as_of = greatest(reseller_ref.as_of, excluded.as_of)""")
                .param("id", id).param("businessName", businessName).param("asOf", Timestamp.from(asOf))
                .update();
    }
}
