package io.simadmin.support.tickets;

import io.simadmin.security.AdminsAndModerators;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The seed's {@code GET /api/users/{id}/support-tickets/} for the user details screen (the gateway routes it
 * here). Public users belong to no reseller, so this is staff-only. An unknown user id is an empty list: user-service
 * owns users, and this service does not ask it on every read.
 */
@RestController
@Tag(name = "Support tickets")
public class UserTicketsController {

    private final TicketService service;

    public UserTicketsController(TicketService service) {
        this.service = service;
    }

    @GetMapping({"/api/users/{id}/support-tickets", "/api/users/{id}/support-tickets/"})
    @AdminsAndModerators
    @Operation(summary = "List a public user's support tickets", description = TicketController.LIST_DESCRIPTION)
    public PageResponse<TicketResponse> list(@PathVariable UUID id,
                                             @RequestParam(required = false) String q,
                                             @RequestParam(required = false) List<String> status,
                                             @RequestParam(required = false) List<String> priority,
                                             @RequestParam(required = false) String assignee,
                                             @RequestParam(required = false) UUID reseller,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        TicketSearch search = TicketSearch.parse(q, status, priority, assignee, id, reseller, TicketCaller.current());
        return service.list(search, PageRequests.of(page, size, sort, TicketController.SORTABLE));
    }
}
