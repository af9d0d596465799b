package io.simadmin.order.plans;

import io.simadmin.security.AdminOnly;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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
 * The SIM plan catalog, with and without the seed's trailing slash. Staff and partners ({@code orders:read}, to
 * know what they can order) read it; super admins and admins change it (ADR 0006).
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans")
public class PlanController {

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "name", "name", "networkProvider", "networkProvider", "simType", "simType", "price", "price",
            "active", "active", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final PlanService service;

    public PlanController(PlanService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "List plans", description = "Search q over name and provider; filter by simType "
            + "(physical|esim), networkProvider (any case) and active; sort by field,asc|desc; page from 0, size up "
            + "to 200.")
    public PageResponse<PlanResponse> list(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) String simType,
                                           @RequestParam(required = false) String networkProvider,
                                           @RequestParam(required = false) Boolean active,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @RequestParam(required = false) List<String> sort) {
        return service.list(new PlanSearch(q, simType, networkProvider, active),
                PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/{id}", "/{id}/"})
    @StaffOrPartnerWithScope("orders:read")
    @Operation(summary = "Get a plan")
    public ResponseEntity<PlanResponse> get(@PathVariable UUID id) {
        return withETag(ResponseEntity.ok(), service.get(id));
    }

    @PostMapping({"", "/"})
    @AdminOnly
    @Operation(summary = "Add a plan", description = "Name, provider and SIM type together are unique (409 "
            + "otherwise). currency defaults to USD, active to true.")
    public ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanRequest request) {
        PlanResponse created = service.create(request);
        return withETag(ResponseEntity.created(Locations.of("/api/plans/{id}", created.id())), created);
    }

    @PutMapping({"/{id}", "/{id}/"})
    @AdminOnly
    @Operation(summary = "Replace a plan", description = "Orders already placed keep the price they were placed "
            + "with. active left out stays as it is; an inactive plan cannot be ordered.")
    public ResponseEntity<PlanResponse> replace(@PathVariable UUID id, @Valid @RequestBody PlanRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.replace(id, request, Versions.fromIfMatch(ifMatch, "plan")));
    }

    @DeleteMapping({"/{id}", "/{id}/"})
    @AdminOnly
    @Operation(summary = "Delete a plan", description = "Only a plan no order refers to; otherwise 409 (deactivate "
            + "it instead).")
    public ResponseEntity<Void> delete(@PathVariable UUID id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        service.delete(id, Versions.fromIfMatch(ifMatch, "plan"));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<PlanResponse> withETag(ResponseEntity.BodyBuilder builder, PlanResponse body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }
}
