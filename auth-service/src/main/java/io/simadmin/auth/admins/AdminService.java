package io.simadmin.auth.admins;

import io.simadmin.auth.passwords.PasswordLinks;
import io.simadmin.auth.tokens.RefreshTokens;
import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Admin accounts: super_admins manage everyone, every admin edits their own profile. */
@Service
public class AdminService {

    private final AdminRepository admins;
    private final PasswordLinks passwordLinks;
    private final RefreshTokens refreshTokens;
    private final Outbox outbox;
    private final Clock clock;

    public AdminService(AdminRepository admins, PasswordLinks passwordLinks, RefreshTokens refreshTokens, Outbox outbox,
                        Clock clock) {
        this.admins = admins;
        this.passwordLinks = passwordLinks;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<AdminResponse> list(AdminSearch search, Pageable pageable) {
        return PageResponse.of(admins.findAll(search.toSpecification(), pageable), AdminResponse::of);
    }

    @Transactional(readOnly = true)
    public AdminResponse get(UUID id) {
        return AdminResponse.of(load(id));
    }

    @Transactional
    public AdminResponse invite(InviteRequest request, Actor actor) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        String username = request.username() != null ? request.username().trim() : email.substring(0, email.indexOf('@'));
        ensureFree(email, username, null);
        Instant now = clock.instant();
        Admin admin = new Admin(UuidV7.next(), email, username, request.firstName().trim(), request.lastName().trim(),
                AdminRole.fromValue(request.role()).orElseThrow(), null, now);
        save(admin);
        outbox.append(AdminEvents.changed(admin, AdminEvents.INVITED, List.of(), actor, now));
        passwordLinks.send(admin, PasswordLinks.Purpose.INVITE, actor);
        return AdminResponse.of(admin);
    }

    @Transactional
    public AdminResponse update(UUID id, AdminPatch patch, Actor actor) {
        Admin admin = load(id);
        checkVersion(admin, patch.version());
        Instant now = clock.instant();
        AdminRole role = patch.role() == null ? admin.role() : AdminRole.fromValue(patch.role()).orElseThrow();
        boolean active = patch.active() == null ? admin.active() : patch.active();
        if (active && admin.invitationPending()) {
            throw new ConflictException("invitation-pending", "Invitation not accepted yet",
                    "This admin becomes active when they set a password through the invitation link.");
        }
        if (admin.role() == AdminRole.SUPER_ADMIN && admin.active() && (role != AdminRole.SUPER_ADMIN || !active)) {
            ensureAnotherSuperAdmin(admin);
        }
        List<String> changed = new ArrayList<>(rename(admin, patch.firstName(), patch.lastName(), patch.username(), now));
        if (role != admin.role()) {
            admin.changeRole(role, now);
            changed.add("role");
        }
        if (active != admin.active()) {
            admin.setActive(active, now);
            changed.add("active");
            if (!active) {
                refreshTokens.revokeAllOf(admin.id(), null);
            }
        }
        save(admin);
        if (!changed.isEmpty()) {
            outbox.append(AdminEvents.changed(admin, AdminEvents.UPDATED, changed, actor, now));
        }
        return AdminResponse.of(admin);
    }

    @Transactional
    public void delete(UUID id, Actor actor) {
        Admin admin = load(id);
        if (admin.role() == AdminRole.SUPER_ADMIN && admin.active()) {
            ensureAnotherSuperAdmin(admin);
        }
        admins.delete(admin);
        admins.flush();
        outbox.append(AdminEvents.changed(admin, AdminEvents.DELETED, List.of(), actor, clock.instant()));
    }

    @Transactional
    public AdminResponse updateProfile(UUID id, ProfilePatch patch, Actor actor) {
        Admin admin = load(id);
        Instant now = clock.instant();
        List<String> changed = rename(admin, patch.firstName(), patch.lastName(), patch.username(), now);
        save(admin);
        if (!changed.isEmpty()) {
            outbox.append(AdminEvents.changed(admin, AdminEvents.UPDATED, changed, actor, now));
        }
        return AdminResponse.of(admin);
    }

    private List<String> rename(Admin admin, String firstName, String lastName, String username, Instant now) {
        String first = firstName != null ? firstName.trim() : admin.firstName();
        String last = lastName != null ? lastName.trim() : admin.lastName();
        String user = username != null ? username.trim() : admin.username();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(first, admin.firstName())) changed.add("firstName");
        if (!Objects.equals(last, admin.lastName())) changed.add("lastName");
        if (!Objects.equals(user, admin.username())) {
            changed.add("username");
            if (admins.usernameTakenByAnother(user, admin.id())) {
                throw taken("username", user);
            }
        }
        if (!changed.isEmpty()) {
            admin.rename(first, last, user, now);
        }
        return changed;
    }

    private void ensureAnotherSuperAdmin(Admin admin) {
        boolean another = admins.lockActiveSuperAdmins().stream().anyMatch(other -> !other.id().equals(admin.id()));
        if (!another) {
            throw new ConflictException("last-super-admin", "Last super admin",
                    "This is the only active super_admin: make someone else super_admin before you demote, "
                            + "deactivate or delete this one.");
        }
    }

    private void ensureFree(String email, String username, UUID exceptId) {
        UUID except = exceptId == null ? new UUID(0, 0) : exceptId;
        if (admins.emailTakenByAnother(email, except)) {
            throw taken("email", email);
        }
        if (admins.usernameTakenByAnother(username, except)) {
            throw taken("username", username);
        }
    }

    private static ConflictException taken(String field, String value) {
        return new ConflictException(field + "-taken", capitalize(field) + " already in use",
                "Another admin already uses " + value + ".",
                Map.of("errors", List.of(new FieldProblem(field, "is already used by another admin"))));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void checkVersion(Admin admin, Long version) {
        if (version != null && version != admin.version()) {
            throw new ConflictException("concurrent-change", "Changed by someone else", "This admin is at version "
                    + admin.version() + ", not " + version + ". Reload it, then apply your change again.");
        }
    }

    private Admin load(UUID id) {
        return admins.findById(id).orElseThrow(() -> new NotFoundException("admin", id));
    }

    private void save(Admin admin) {
        try {
            admins.saveAndFlush(admin);
        } catch (DataIntegrityViolationException e) {
            // Two requests raced past the checks; the unique indexes decided.
            throw new ConflictException("admin-taken", "Email or username already in use",
                    "Another admin already uses this email or username.");
        }
    }
}
