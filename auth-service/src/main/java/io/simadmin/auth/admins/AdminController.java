package io.simadmin.auth.admins;

import io.simadmin.security.SuperAdminOnly;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.request.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Admin accounts, for super_admins only (enforced by the security configuration). */
@RestController
@RequestMapping("/api/admins")
@SuperAdminOnly
@Tag(name = "Admins")
public class AdminController {

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "email", "email", "username", "username", "firstName", "firstName", "lastName", "lastName",
            "role", "role", "active", "active", "lastLogin", "lastLogin", "createdAt", "createdAt");

    private final AdminService service;

    public AdminController(AdminService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "List admins", description = "q searches email, username and names; filter by role and active.")
    public PageResponse<AdminResponse> list(@RequestParam(required = false) String q,
                                            @RequestParam(required = false) String role,
                                            @RequestParam(required = false) Boolean active,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) List<String> sort) {
        return service.list(new AdminSearch(q, role, active), PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/{id}", "/{id}/"})
    @Operation(summary = "Get an admin")
    public AdminResponse get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PostMapping({"", "/"})
    @Operation(summary = "Invite an admin", description = "Creates the account inactive and emails a link to set a "
            + "password; setting it activates the account.")
    public ResponseEntity<AdminResponse> invite(@Valid @RequestBody InviteRequest request) {
        AdminResponse created = service.invite(request, CurrentAdmin.actor());
        return ResponseEntity.created(Locations.of("/api/admins/{id}", created.id())).body(created);
    }

    @PatchMapping({"/{id}", "/{id}/"})
    @Operation(summary = "Change an admin's names, role or active flag",
            description = "The last active super_admin cannot be demoted or deactivated (409).")
    public AdminResponse update(@PathVariable UUID id, @Valid @RequestBody AdminPatch patch) {
        return service.update(id, patch, CurrentAdmin.actor());
    }

    @DeleteMapping({"/{id}", "/{id}/"})
    @Operation(summary = "Delete an admin", description = "The last active super_admin cannot be deleted (409).")
    public ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id, CurrentAdmin.actor());
        return ResponseEntity.noContent().build();
    }
}
