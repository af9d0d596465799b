package io.simadmin.auth.passwords;

import io.simadmin.auth.admins.CurrentAdmin;
import io.simadmin.auth.login.LoginRateLimiter;
import io.simadmin.auth.tokens.RefreshCookie;
import io.simadmin.events.Actor;
import io.simadmin.web.request.RequestActor;
import io.simadmin.security.AdminsAndModerators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@Tag(name = "Auth")
public class PasswordController {

    static final Map<String, String> RESET_ANSWER = Map.of("message",
            "If an account uses this email, we have sent it a link to choose a new password. The link works once, for 30 minutes.");

    private final PasswordService service;
    private final LoginRateLimiter rateLimiter;

    public PasswordController(PasswordService service, LoginRateLimiter rateLimiter) {
        this.service = service;
        this.rateLimiter = rateLimiter;
    }

    @PostMapping({"/api/auth/password/change", "/api/auth/password/change/"})
    @AdminsAndModerators
    @Operation(summary = "Change your password", description = "Needs the current one; ends your other sessions.")
    public ResponseEntity<Void> change(@Valid @RequestBody PasswordChangeRequest request, HttpServletRequest http) {
        service.change(CurrentAdmin.id(), request.currentPassword(), request.newPassword(), RefreshCookie.read(http),
                CurrentAdmin.actor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping({"/api/auth/password/reset", "/api/auth/password/reset/"})
    @Operation(summary = "Ask for a password reset link", description = "Always 202 with the same body, whether or "
            + "not the email belongs to an account.")
    public ResponseEntity<Map<String, String>> reset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        rateLimiter.acquire("reset", http);
        service.requestReset(request.email(), RequestActor.current(Actor.ADMIN, null));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(RESET_ANSWER);
    }

    @PostMapping({"/api/auth/password/reset/confirm", "/api/auth/password/reset/confirm/"})
    @Operation(summary = "Set a new password with a reset or invitation link",
            description = "The link works once; every session of the account ends.")
    public ResponseEntity<Void> confirm(@Valid @RequestBody ResetConfirmRequest request, HttpServletRequest http) {
        rateLimiter.acquire("reset", http);
        service.confirmReset(request.token(), request.newPassword(), RequestActor.current(Actor.ADMIN, null));
        return ResponseEntity.noContent().build();
    }
}
