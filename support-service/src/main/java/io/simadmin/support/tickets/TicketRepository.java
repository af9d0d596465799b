package io.simadmin.support.tickets;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.UUID;

interface TicketRepository extends JpaRepository<Ticket, UUID>, JpaSpecificationExecutor<Ticket> {

    /**
     * Stamps a reply on its ticket without touching the version: a reply does not change what the ticket says,
     * so it must not make a colleague's concurrent edit of the ticket fail as stale. The status condition (with
     * the row lock the update takes) keeps a reply from landing on a ticket closed a moment ago.
     *
     * @return 1, or 0 when the ticket was closed meanwhile
     */
    @Modifying(flushAutomatically = true)
    @Query("update Ticket t set t.lastReplyAt = :now, t.updatedAt = :now where t.id = :id and t.status <> :closed")
    int stampReply(UUID id, Instant now, TicketStatus closed);
}
