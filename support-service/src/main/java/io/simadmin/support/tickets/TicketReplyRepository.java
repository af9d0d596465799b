package io.simadmin.support.tickets;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface TicketReplyRepository extends JpaRepository<TicketReply, UUID> {

    List<TicketReply> findByTicketIdOrderByCreatedAtAscIdAsc(UUID ticketId);

    /** The thread as a partner sees it: public replies only. */
    List<TicketReply> findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(UUID ticketId);
}
