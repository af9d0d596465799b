package io.simadmin.support.tickets;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.web.paging.BoundedCountPages;
import io.simadmin.web.paging.PageResponse;
import jakarta.persistence.EntityManager;
import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ticket use cases. Every change and its event commit together (the outbox), or neither does; every check runs
 * before the first write, so a refused request leaves nothing behind.
 */
@Service
public class TicketService {

    private final TicketRepository tickets;
    private final TicketReplyRepository replies;
    private final TicketNumbers numbers;
    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;

    public TicketService(TicketRepository tickets, TicketReplyRepository replies, TicketNumbers numbers, Outbox outbox,
                         Clock clock, EntityManager entityManager) {
        this.tickets = tickets;
        this.entityManager = entityManager;
        this.replies = replies;
        this.numbers = numbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<TicketResponse> list(TicketSearch search, Pageable pageable) {
        return BoundedCountPages.find(entityManager, Ticket.class, search.toSpecification(), search.filtering(),
                pageable, TicketResponse::of);
    }

    @Transactional(readOnly = true)
    public TicketResponse get(UUID id, TicketCaller caller) {
        return withThread(load(id, caller), caller);
    }

    @Transactional
    public TicketResponse open(OpenTicketRequest request, TicketCaller caller, Actor actor) {
        TicketDetails details = new TicketDetails(request.subject().trim(), request.description().trim(),
                priority(request.priority(), TicketPriority.MEDIUM), request.userId(),
                caller.isPartner() ? caller.resellerId() : request.resellerId());
        if (caller.isPartner()) {
            checkPartnerOpens(request, caller);
        }
        Instant now = now();
        Ticket ticket = new Ticket(UuidV7.next(), numbers.next(now), details, actor, now);
        tickets.saveAndFlush(ticket);
        outbox.append(TicketEvents.opened(ticket, actor, now));
        return withThread(ticket, caller);
    }

    @Transactional
    public TicketResponse replace(UUID id, UpdateTicketRequest request, Long ifMatch, TicketCaller caller, Actor actor) {
        Ticket ticket = load(id, caller);
        Versions.check("ticket", ticket.version(), ifMatch, request.version());
        TicketDetails after = new TicketDetails(request.subject().trim(), request.description().trim(),
                priority(request.priority(), ticket.details().priority()), request.userId(), request.resellerId());
        List<String> changed = TicketEvents.changedFields(ticket.details(), after);
        if (!changed.isEmpty()) {
            Instant now = now();
            ticket.apply(after, now);
            tickets.saveAndFlush(ticket);
            outbox.append(TicketEvents.updated(ticket, changed, actor, now));
        }
        return withThread(ticket, caller);
    }

    @Transactional
    public TicketResponse assign(UUID id, AssignTicketRequest request, Long ifMatch, TicketCaller caller, Actor actor) {
        UUID assignee = request.adminId();
        if (!caller.mayAssignToAnyone() && !assignee.equals(caller.adminId())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "Moderators may assign tickets only to themselves (adminId " + caller.adminId()
                            + "); ask an admin to assign it to someone else.");
        }
        Ticket ticket = load(id, caller);
        Versions.check("ticket", ticket.version(), ifMatch, request.version());
        UUID previous = ticket.assignedTo();
        if (assignee.equals(previous)) {
            return withThread(ticket, caller);
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw closed(ticket, "assigned");
        }
        if (!caller.mayAssignToAnyone() && previous != null) {
            // A moderator takes tickets from the queue; taking one from a colleague is an admin's decision.
            throw new ConflictException("ticket-taken", "Ticket already assigned",
                    "Ticket " + ticket.ticketNumber() + " is assigned to " + previous
                            + "; ask an admin to reassign it.", Map.of("assignedTo", previous));
        }
        Instant now = now();
        ticket.assignTo(assignee, now);
        tickets.saveAndFlush(ticket);
        outbox.append(TicketEvents.assigned(ticket, previous, actor, now));
        return withThread(ticket, caller);
    }

    @Transactional
    public TicketResponse changeStatus(UUID id, TicketStatusRequest request, Long ifMatch, TicketCaller caller,
                                       Actor actor) {
        Ticket ticket = load(id, caller);
        Versions.check("ticket", ticket.version(), ifMatch, request.version());
        TicketStatus previous = ticket.status();
        TicketStatus next = TicketStatus.fromValue(request.status()).orElseThrow(() ->
                new InvalidRequestException("status", "must be one of open, in_progress, resolved, closed"));
        if (next == previous) {
            // Asking again for the state the ticket is in (a retried request) changes nothing and is no error.
            return withThread(ticket, caller);
        }
        if (!previous.canMoveTo(next)) {
            throw invalidMove(ticket, next);
        }
        Instant now = now();
        ticket.moveTo(next, now);
        tickets.saveAndFlush(ticket);
        outbox.append(TicketEvents.statusChanged(ticket, previous, blankToNull(request.note()), actor, now));
        return withThread(ticket, caller);
    }

    @Transactional
    public ReplyResponse reply(UUID id, ReplyRequest request, TicketCaller caller, Actor actor) {
        if (caller.isPartner() && request.isInternal()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "Internal notes are for staff; partners reply publicly (internal: false).");
        }
        Ticket ticket = load(id, caller);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw closed(ticket, "answered");
        }
        Instant now = now();
        TicketReply reply = new TicketReply(UuidV7.next(), ticket.id(), caller.author(), request.body().trim(),
                request.isInternal(), now);
        if (tickets.stampReply(ticket.id(), now, TicketStatus.CLOSED) == 0) {
            throw closed(ticket, "answered");
        }
        replies.saveAndFlush(reply);
        outbox.append(TicketEvents.replied(ticket, reply, actor));
        return ReplyResponse.of(reply);
    }

    /** For a partner, another reseller's ticket does not exist (404): it learns nothing about ids it does not own. */
    private Ticket load(UUID id, TicketCaller caller) {
        return tickets.findById(id).filter(caller::maySee).orElseThrow(() -> new NotFoundException("ticket", id));
    }

    private TicketResponse withThread(Ticket ticket, TicketCaller caller) {
        List<TicketReply> thread = caller.isPartner()
                ? replies.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(ticket.id())
                : replies.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id());
        return TicketResponse.of(ticket, thread.stream().map(ReplyResponse::of).toList());
    }

    private static void checkPartnerOpens(OpenTicketRequest request, TicketCaller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.userId() != null) {
            problems.add(new FieldProblem("userId", "cannot be set by a partner: partners open tickets for their reseller"));
        }
        if (request.resellerId() != null && !request.resellerId().equals(caller.resellerId())) {
            problems.add(new FieldProblem("resellerId", "must be your own reseller (" + caller.resellerId()
                    + ") or left out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static ConflictException invalidMove(Ticket ticket, TicketStatus to) {
        TicketStatus from = ticket.status();
        List<String> allowed = from.allowedNext().stream().map(TicketStatus::value).toList();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", from.value());
        properties.put("allowedStatuses", allowed);
        return new ConflictException("invalid-status-change", "Status change not allowed",
                "A " + from.value() + " ticket cannot become " + to.value() + "; allowed: "
                        + (allowed.isEmpty() ? "none (closed is final; open a new ticket)" : String.join(", ", allowed))
                        + ".", properties);
    }

    private static ConflictException closed(Ticket ticket, String what) {
        return new ConflictException("ticket-closed", "Ticket closed",
                "Ticket " + ticket.ticketNumber() + " is closed and cannot be " + what + "; open a new ticket.",
                Map.of("currentStatus", TicketStatus.CLOSED.value()));
    }


    private static TicketPriority priority(String value, TicketPriority fallback) {
        return value == null ? fallback : TicketPriority.fromValue(value).orElse(fallback);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps the response equal to what a later read returns.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
