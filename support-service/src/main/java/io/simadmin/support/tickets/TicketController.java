package io.simadmin.support.tickets;

import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.SecurityActors;
import io.simadmin.security.StaffOrPartnerWithScope;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.request.Locations;
import io.simadmin.web.versioning.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The seed's support API, with and without the trailing slash. Staff (super admin, admin, moderator) read and
 * work every ticket; partners read their own reseller's tickets with {@code tickets:read} and open and answer
 * them with {@code tickets:write} (ADR 0006). Ownership is checked in {@link TicketService}.
 */
@RestController
@RequestMapping("/api/support/tickets")
@Tag(name = "Support tickets")
public class TicketController {

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "createdAt", "createdAt", "updatedAt", "updatedAt", "resolvedAt", "resolvedAt",
            "lastReplyAt", "lastReplyAt", "ticketNumber", "ticketNumber", "subject", "subject",
            "priority", "priorityRank", "status", "statusRank");

    static final String LIST_DESCRIPTION = "Search q over subject and ticket number; filter by status and priority "
            + "(one or more, comma separated), assignee (an admin id, me or none), user and reseller ids; sort by "
            + "field,asc|desc (priority and status sort by rank: low…urgent, open…closed); page from 0, size up to 200.";

    private final TicketService service;

    public TicketController(TicketService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @StaffOrPartnerWithScope("tickets:read")
    @Operation(summary = "List support tickets", description = LIST_DESCRIPTION
            + " Partners see only their own reseller's tickets.")
    public PageResponse<TicketResponse> list(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) List<String> status,
                                             @RequestParam(required = false) List<String> priority,
                                             @RequestParam(required = false) String assignee,
                                             @RequestParam(required = false) UUID user,
                                             @RequestParam(required = false) UUID reseller,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        TicketSearch search = TicketSearch.parse(q, status, priority, assignee, user, reseller, TicketCaller.current());
        return service.list(search, PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/{id}", "/{id}/"})
    @StaffOrPartnerWithScope("tickets:read")
    @Operation(summary = "Get a ticket with its replies", description = "Replies oldest first; internal notes only "
            + "for staff. Another reseller's ticket answers 404 to a partner.")
    public ResponseEntity<TicketResponse> get(@PathVariable UUID id) {
        return withETag(ResponseEntity.ok(), service.get(id, TicketCaller.current()));
    }

    @PostMapping({"", "/"})
    @StaffOrPartnerWithScope("tickets:write")
    @Operation(summary = "Open a ticket", description = "Starts open with a new number TCK-<year>-<n>, priority "
            + "medium unless given. A partner's ticket is always its own reseller's; partners do not set userId.")
    public ResponseEntity<TicketResponse> open(@Valid @RequestBody OpenTicketRequest request) {
        TicketResponse opened = service.open(request, TicketCaller.current(), SecurityActors.current());
        return withETag(ResponseEntity.created(Locations.of("/api/support/tickets/{id}", opened.id())), opened);
    }

    @PutMapping({"/{id}", "/{id}/"})
    @AdminsAndModerators
    @Operation(summary = "Replace a ticket's details", description = "Subject, description, priority, userId and "
            + "resellerId; status and assignee have their own endpoints. Stale If-Match answers 412, stale body "
            + "version 409.")
    public ResponseEntity<TicketResponse> replace(@PathVariable UUID id, @Valid @RequestBody UpdateTicketRequest request,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.replace(id, request, Versions.fromIfMatch(ifMatch, "ticket"),
                TicketCaller.current(), SecurityActors.current()));
    }

    @PatchMapping({"/{id}/assign", "/{id}/assign/"})
    @AdminsAndModerators
    @Operation(summary = "Assign a ticket to an admin", description = "Super admins and admins assign to anyone; "
            + "moderators may only take an unassigned ticket for themselves. Closed tickets cannot be reassigned.")
    public ResponseEntity<TicketResponse> assign(@PathVariable UUID id, @Valid @RequestBody AssignTicketRequest request,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.assign(id, request, Versions.fromIfMatch(ifMatch, "ticket"),
                TicketCaller.current(), SecurityActors.current()));
    }

    @PatchMapping({"/{id}/status", "/{id}/status/"})
    @AdminsAndModerators
    @Operation(summary = "Move a ticket along its workflow", description = "open → in_progress → resolved → "
            + "closed; a resolved ticket may be reopened (open or in_progress). Other moves answer 409 with the "
            + "allowed ones. Resolving sets resolvedAt, reopening clears it.")
    public ResponseEntity<TicketResponse> changeStatus(@PathVariable UUID id, @Valid @RequestBody TicketStatusRequest request,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.changeStatus(id, request, Versions.fromIfMatch(ifMatch, "ticket"),
                TicketCaller.current(), SecurityActors.current()));
    }

    @PostMapping({"/{id}/reply", "/{id}/reply/"})
    @StaffOrPartnerWithScope("tickets:write")
    @Operation(summary = "Reply to a ticket or add an internal note", description = "internal: true makes a note "
            + "only staff see (partners may not write one). Closed tickets take no replies.")
    public ResponseEntity<ReplyResponse> reply(@PathVariable UUID id, @Valid @RequestBody ReplyRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(service.reply(id, request, TicketCaller.current(), SecurityActors.current()));
    }

    private static ResponseEntity<TicketResponse> withETag(ResponseEntity.BodyBuilder builder, TicketResponse body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }
}
