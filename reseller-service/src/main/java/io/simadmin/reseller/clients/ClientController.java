package io.simadmin.reseller.clients;

import io.simadmin.events.Actor;
import io.simadmin.security.CurrentCaller;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The seed's reseller clients API, with and without the seed's trailing slash. Staff read every client; admins
 * change them; a partner reads ({@code clients:read}) and changes ({@code clients:write}) only its own
 * reseller's clients, and never their monthly limit or suspension (ADR 0006).
 */
@RestController
@Tag(name = "Reseller clients")
public class ClientController {

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "clientName", "clientName", "clientEmail", "clientEmail", "planType", "planType", "status", "status",
            "monthlyLimit", "monthlyLimit", "currentUsage", "currentUsage", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private static final String LIST_DESCRIPTION = "Search q over name, email and phone; filter by status "
            + "(active|inactive|suspended) and plan (planType, any case); sort by field,asc|desc; page from 0, "
            + "size up to 200. Partners see only their own reseller's clients.";

    private final ClientService service;

    public ClientController(ClientService service) {
        this.service = service;
    }

    @GetMapping({"/api/clients", "/api/clients/"})
    @StaffOrPartnerWithScope("clients:read")
    @Operation(summary = "List clients across resellers", description = LIST_DESCRIPTION
            + " Filter by reseller (its id).")
    public PageResponse<ClientResponse> list(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) UUID reseller,
                                             @RequestParam(required = false) String status,
                                             @RequestParam(required = false) String plan,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) List<String> sort) {
        return service.list(new ClientSearch(q, reseller, status, plan), access(),
                PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/api/resellers/{resellerId}/clients", "/api/resellers/{resellerId}/clients/"})
    @StaffOrPartnerWithScope("clients:read")
    @Operation(summary = "List one reseller's clients", description = LIST_DESCRIPTION
            + " An unknown reseller answers 404.")
    public PageResponse<ClientResponse> listOfReseller(@PathVariable UUID resellerId,
                                                       @RequestParam(required = false) String q,
                                                       @RequestParam(required = false) String status,
                                                       @RequestParam(required = false) String plan,
                                                       @RequestParam(required = false) Integer page,
                                                       @RequestParam(required = false) Integer size,
                                                       @RequestParam(required = false) List<String> sort) {
        return service.listOfReseller(resellerId, new ClientSearch(q, null, status, plan), access(),
                PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/api/clients/{id}", "/api/clients/{id}/"})
    @StaffOrPartnerWithScope("clients:read")
    @Operation(summary = "Get a client")
    public ResponseEntity<ClientResponse> get(@PathVariable UUID id) {
        return withETag(ResponseEntity.ok(), service.get(id, access()));
    }

    @PostMapping({"/api/clients", "/api/clients/"})
    @ClientWriters
    @Operation(summary = "Add a client under a reseller", description = "Starts active unless status says "
            + "otherwise. Partners may leave resellerId out (their own reseller) and may not set monthlyLimit.")
    public ResponseEntity<ClientResponse> create(@Valid @RequestBody ClientRequest request) {
        ClientResponse created = service.create(request, access(), actor());
        return withETag(ResponseEntity.created(Locations.of("/api/clients/{id}", created.id())), created);
    }

    @PutMapping({"/api/clients/{id}", "/api/clients/{id}/"})
    @ClientWriters
    @Operation(summary = "Replace a client's details", description = "monthlyLimit and status left out stay as "
            + "they are; changing monthlyLimit is for admins only.")
    public ResponseEntity<ClientResponse> replace(@PathVariable UUID id, @Valid @RequestBody ClientRequest request,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.replace(id, request, Versions.fromIfMatch(ifMatch, "client"),
                access(), actor()));
    }

    @PatchMapping({"/api/clients/{id}", "/api/clients/{id}/"})
    @ClientWriters
    @Operation(summary = "Change some of a client's details", description = "Admins may override monthlyLimit.")
    public ResponseEntity<ClientResponse> patch(@PathVariable UUID id, @Valid @RequestBody ClientPatch patch,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.patch(id, patch, Versions.fromIfMatch(ifMatch, "client"),
                access(), actor()));
    }

    @PatchMapping({"/api/clients/{id}/status", "/api/clients/{id}/status/"})
    @ClientWriters
    @Operation(summary = "Activate, deactivate or suspend a client", description = "active → inactive|suspended, "
            + "inactive → active|suspended, suspended → active; other moves answer 409 with the allowed ones. "
            + "Only admins suspend or lift a suspension.")
    public ResponseEntity<ClientResponse> changeStatus(@PathVariable UUID id,
                                                       @Valid @RequestBody ClientStatusChange change,
                                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.changeStatus(id, change, Versions.fromIfMatch(ifMatch, "client"),
                access(), actor()));
    }

    private static ClientAccess access() {
        return ClientAccess.of(CurrentCaller.require());
    }

    /** The admin by id, or the partner as its reseller. */
    private static Actor actor() {
        return SecurityActors.current();
    }

    private static ResponseEntity<ClientResponse> withETag(ResponseEntity.BodyBuilder builder, ClientResponse body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }
}
