package io.simadmin.auth.apiclients;

import io.simadmin.auth.admins.CurrentAdmin;
import io.simadmin.security.SuperAdminOnly;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.request.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Settings → API: partner client credentials (super_admin only). */
@RestController
@RequestMapping("/api/settings/api/keys")
@SuperAdminOnly
@Tag(name = "API keys")
public class ApiClientController {

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "name", "name", "createdAt", "createdAt", "lastUsedAt", "lastUsedAt");

    private final ApiClientService service;

    public ApiClientController(ApiClientService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "List partner API clients", description = "With their last use; revoked ones only with includeRevoked=true.")
    public PageResponse<ApiClientResponse> list(@RequestParam(required = false) UUID resellerId,
                                                @RequestParam(defaultValue = "false") boolean includeRevoked,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestParam(required = false) List<String> sort) {
        return service.list(resellerId, includeRevoked, PageRequests.of(page, size, sort, SORTABLE));
    }

    @PostMapping({"", "/"})
    @Operation(summary = "Create a partner API client", description = "The answer is the only time the secret is shown.")
    public ResponseEntity<CreatedApiClient> create(@Valid @RequestBody ApiClientRequest request) {
        CreatedApiClient created = service.create(request, CurrentAdmin.id());
        return ResponseEntity.created(Locations.of("/api/settings/api/keys/{id}", created.id()))
                .cacheControl(CacheControl.noStore()).body(created);
    }

    @DeleteMapping({"/{id}", "/{id}/"})
    @Operation(summary = "Revoke a partner API client", description = "It gets no new tokens; tokens already issued "
            + "expire within 15 minutes.")
    public ResponseEntity<Void> revoke(@PathVariable UUID id) {
        service.revoke(id, CurrentAdmin.id());
        return ResponseEntity.noContent().build();
    }
}
