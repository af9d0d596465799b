package io.simadmin.user.users;

import io.simadmin.events.Actor;
import io.simadmin.security.AdminOnly;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.CurrentCaller;
import io.simadmin.security.Roles;
import io.simadmin.security.SecurityActors;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.request.Locations;
import io.simadmin.web.versioning.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
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
 * The seed's public-user API. Paths are accepted with and without the seed's trailing slash. Admin-panel API
 * (ADR 0006): every staff role reads (ID documents masked), super admins and admins change and may read an ID
 * document number in clear (audited). Partners reach none of it; the app's own backend will register users
 * through a client of its own later.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
public class UserController {

    static final String REVEAL_ID_DOCUMENT = "idDocument";

    static final SortableFields SORTABLE = SortableFields.of(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")),
            "fullName", "fullName", "email", "email", "city", "city", "country", "country", "status", "status",
            "currentPlan", "currentPlan", "dateOfBirth", "dateOfBirth", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private final UserService service;

    public UserController(UserService service) {
        this.service = service;
    }

    @GetMapping({"", "/"})
    @AdminsAndModerators
    @Operation(summary = "List users", description = "Search q over full name, email and phone; filter by status "
            + "(active, blocked, pending_verification), city, plan (the plan of the user's latest order) and country; "
            + "sort by field,asc|desc; page from 0, size up to 200. ID document numbers are masked.")
    public PageResponse<UserResponse> list(@RequestParam(required = false) String q,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String city,
                                           @RequestParam(required = false) String plan,
                                           @RequestParam(required = false) String country,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @RequestParam(required = false) List<String> sort) {
        return service.list(new UserSearch(q, status, city, plan, country), PageRequests.of(page, size, sort, SORTABLE));
    }

    @GetMapping({"/{id}", "/{id}/"})
    @AdminsAndModerators
    @Operation(summary = "Get a user", description = "The ID document number is masked (••••1234). With "
            + "reveal=idDocument a super admin or admin gets it in clear (403 for moderators); that read is audited "
            + "as a UserPiiRevealed event and the response must not be cached.")
    public ResponseEntity<UserResponse> get(@PathVariable UUID id,
                                            @Parameter(description = "idDocument: show the ID document number in clear")
                                            @RequestParam(required = false) String reveal) {
        if (reveal == null || reveal.isBlank()) {
            return withETag(ResponseEntity.ok(), service.get(id));
        }
        if (!REVEAL_ID_DOCUMENT.equals(reveal.trim())) {
            throw new InvalidRequestException("reveal", "must be " + REVEAL_ID_DOCUMENT);
        }
        requireAdmin();
        return withETag(ResponseEntity.ok().cacheControl(CacheControl.noStore()), service.getRevealed(id, actor()));
    }

    @GetMapping({"/{id}/id-document", "/{id}/id-document/"})
    @AdminOnly
    @Operation(summary = "Read a user's ID document in clear", description = "Super admins and admins only; "
            + "every read is audited as a UserPiiRevealed event (who, whose; never the number).")
    public ResponseEntity<IdDocumentResponse> idDocument(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(service.idDocument(id, actor()));
    }

    @PostMapping({"", "/"})
    @AdminOnly
    @Operation(summary = "Register a user", description = "Starts pending_verification. Email and phone must be "
            + "unused (409 naming the field); the user must be an adult. Accepts an Idempotency-Key header.")
    public ResponseEntity<UserResponse> register(
            @Validated({Default.class, OnRegistration.class}) @RequestBody UserRequest request) {
        UserResponse created = service.register(request, actor());
        return withETag(ResponseEntity.created(Locations.of("/api/users/{id}", created.id())), created);
    }

    @PutMapping({"/{id}", "/{id}/"})
    @AdminOnly
    @Operation(summary = "Replace a user's details", description = "Every field; leave idDocumentNumber out to keep "
            + "the stored one. A new email or phone is no longer verified. Send the loaded version (body) or "
            + "If-Match: a stale one answers 409 or 412.")
    public ResponseEntity<UserResponse> replace(@PathVariable UUID id, @Valid @RequestBody UserRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.replace(id, request, Versions.fromIfMatch(ifMatch, "user"), actor()));
    }

    @PatchMapping({"/{id}/status", "/{id}/status/"})
    @AdminOnly
    @Operation(summary = "Activate or block a user", description = "pending_verification → active|blocked, "
            + "active → blocked, blocked → active; other moves answer 409 with the allowed ones. Blocking needs a "
            + "reason and stops the user's new orders.")
    public ResponseEntity<UserResponse> changeStatus(@PathVariable UUID id,
                                                     @Valid @RequestBody StatusChangeRequest request,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.changeStatus(id, request, Versions.fromIfMatch(ifMatch, "user"), actor()));
    }

    @PostMapping({"/{id}/verifications", "/{id}/verifications/"})
    @AdminOnly
    @Operation(summary = "Record that a user verified their email or phone", description = "Sets emailVerifiedAt or "
            + "phoneVerifiedAt to now; verifying again keeps the first time.")
    public ResponseEntity<UserResponse> verify(@PathVariable UUID id, @Valid @RequestBody VerificationRequest request,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), service.verify(id, request.channel(), Versions.fromIfMatch(ifMatch, "user"), actor()));
    }

    /** Moderators see users but not their ID documents (ADR 0006: PII in clear for admin+ only). */
    private static void requireAdmin() {
        CurrentCaller caller = CurrentCaller.require();
        if (!caller.hasRole(Roles.SUPER_ADMIN) && !caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only super admins and admins may see ID document numbers in clear.");
        }
    }

    private static Actor actor() {
        return SecurityActors.current();
    }

    private static ResponseEntity<UserResponse> withETag(ResponseEntity.BodyBuilder builder, UserResponse body) {
        return builder.eTag(Versions.etag(body.version())).body(body);
    }

}
