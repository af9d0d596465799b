package io.simadmin.reseller.resellers;

import io.simadmin.events.Actor;
import io.simadmin.security.AdminOnly;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.SecurityActors;
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
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * The seed's reseller API. Paths are accepted with and without the seed's trailing slash. Admin-panel API
 * (ADR 0006): every staff role reads, super admins and admins change; partners reach none of it.
 */
@RestController
@RequestMapping("/api/resellers")
@Tag(name = "Resellers")
public class ResellerController {

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "businessName", "businessName", "contactPerson", "contactPerson", "email", "email", "city", "city",
            "country", "country", "status", "status", "creditLimit", "creditLimit", "currentBalance", "currentBalance",
            "commissionRate", "commissionRate", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ResellerService service;

    public ResellerController(ResellerService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @AdminsAndModerators
    @Operation(summary = "List resellers", description = "Search q over business name, contact, email and phone; "
            + "filter by status, city, country; sort by field,asc|desc; page from 0, size up to 200.")
    public PageResponse<ResellerResponse> list(@RequestParam(required = false) String q,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) String city,
                                               @RequestParam(required = false) String country,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size,
                                               @RequestParam(required = false) List<String> sort) {
        return service.list(new ResellerSearch(q, status, city, country), PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/{id}", "/{id}/"})
    @AdminsAndModerators
    @Operation(summary = "Get a reseller")
    public ResponseEntity<ResellerResponse> get(@PathVariable UUID id) {
        return withETag(ResponseEntity.ok(), service.get(id));
    }

    @PostMapping({"", "/"})
    @AdminOnly
    @Operation(summary = "Register a reseller", description = "Starts pending unless status says otherwise. "
            + "Accepts an Idempotency-Key header.")
    public ResponseEntity<ResellerResponse> create(@Valid @RequestBody ResellerRequest request) {
        ResellerResponse created = service.create(request, actor());
        return withETag(ResponseEntity.created(Locations.of("/api/resellers/{id}", created.id())), created);
    }

    @PutMapping({"/{id}", "/{id}/"})
    @AdminOnly
    @Operation(summary = "Replace a reseller's details")
    public ResponseEntity<ResellerResponse> replace(@PathVariable UUID id, @Valid @RequestBody ResellerRequest request,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.replace(id, request, Versions.fromIfMatch(ifMatch, "reseller"), actor()));
    }

    @PatchMapping({"/{id}", "/{id}/"})
    @AdminOnly
    @Operation(summary = "Change some of a reseller's details")
    public ResponseEntity<ResellerResponse> patch(@PathVariable UUID id, @Valid @RequestBody ResellerPatch patch,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.patch(id, patch, Versions.fromIfMatch(ifMatch, "reseller"), actor()));
    }

    @PatchMapping({"/{id}/status", "/{id}/status/"})
    @AdminOnly
    @Operation(summary = "Activate, suspend or set pending", description = "pending → active|suspended, "
            + "active → suspended, suspended → active; other moves answer 409 with the allowed ones.")
    public ResponseEntity<ResellerResponse> changeStatus(@PathVariable UUID id,
                                                         @Valid @RequestBody StatusChangeRequest request,
                                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.changeStatus(id, request, Versions.fromIfMatch(ifMatch, "reseller"), actor()));
    }

    @DeleteMapping({"/{id}", "/{id}/"})
    @AdminOnly
    @Operation(summary = "Delete a reseller", description = "Erased if it never traded; otherwise kept as deleted "
            + "for the history that refers to it. Either way it disappears from lists and counts.")
    public ResponseEntity<Void> delete(@PathVariable UUID id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        service.delete(id, Versions.fromIfMatch(ifMatch, "reseller"), actor());
        return ResponseEntity.noContent().build();
    }

    /** The admin from the access token (id = its sub), also recorded as the reseller's createdBy. */
    private static Actor actor() {
        return SecurityActors.current();
    }

    private static ResponseEntity<ResellerResponse> withETag(ResponseEntity.BodyBuilder builder, ResellerResponse body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }

}
