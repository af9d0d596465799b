package io.simadmin.auth.admins;

import io.simadmin.security.AdminsAndModerators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in admin's own account. */
@RestController
@AdminsAndModerators
@Tag(name = "Auth")
public class ProfileController {

    private final AdminService service;

    public ProfileController(AdminService service) {
        this.service = service;
    }

    @GetMapping({"/api/auth/user", "/api/auth/user/"})
    @Operation(summary = "The signed-in admin")
    public AdminResponse current() {
        return service.get(CurrentAdmin.id());
    }

    @PatchMapping({"/api/auth/user", "/api/auth/user/"})
    @Operation(summary = "Change your own names or username",
            description = "role, active and email are not yours to change: naming them answers 400.")
    public AdminResponse update(@Valid @RequestBody ProfilePatch patch) {
        return service.updateProfile(CurrentAdmin.id(), patch, CurrentAdmin.actor());
    }
}
