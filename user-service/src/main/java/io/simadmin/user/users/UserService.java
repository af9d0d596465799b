package io.simadmin.user.users;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.user.pii.IdDocumentCipher;
import io.simadmin.user.pii.IdDocumentMask;
import io.simadmin.web.paging.BoundedCountPages;
import io.simadmin.web.paging.PageResponse;
import jakarta.persistence.EntityManager;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Public-user use cases. Every change and its event commit together (the outbox), or neither does; every clear
 * read of an ID document number commits its audit event, or the number is not returned.
 */
@Service
public class UserService {

    private static final UUID NOBODY = new UUID(0, 0);

    private final UserRepository users;
    private final IdDocumentCipher cipher;
    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;

    public UserService(UserRepository users, IdDocumentCipher cipher, Outbox outbox, Clock clock,
                       EntityManager entityManager) {
        this.users = users;
        this.entityManager = entityManager;
        this.cipher = cipher;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<UserResponse> list(UserSearch search, Pageable pageable) {
        return BoundedCountPages.find(entityManager, PublicUser.class, search.toSpecification(), search.filtering(),
                pageable, UserResponse::masked);
    }

    @Transactional(readOnly = true)
    public UserResponse get(UUID id) {
        return UserResponse.masked(load(id));
    }

    /** The user with the ID document number in clear; the read is recorded (who, whose) before it is returned. */
    @Transactional
    public UserResponse getRevealed(UUID id, Actor actor) {
        PublicUser user = load(id);
        String number = cipher.decrypt(user.id(), user.idDocumentNumberEncrypted());
        outbox.append(UserEvents.idDocumentRevealed(user, actor, now()));
        return UserResponse.revealed(user, number);
    }

    @Transactional
    public IdDocumentResponse idDocument(UUID id, Actor actor) {
        UserResponse user = getRevealed(id, actor);
        return new IdDocumentResponse(user.id(), user.idDocumentType(), user.idDocumentNumber());
    }

    @Transactional
    public UserResponse register(UserRequest request, Actor actor) {
        UserDetails details = normalize(request);
        String number = normalizeDocument(request.idDocumentNumber());
        ensureUnique(details, NOBODY);
        Instant now = now();
        UUID id = UuidV7.next();
        PublicUser user = new PublicUser(id, details, cipher.encrypt(id, number), IdDocumentMask.hint(number),
                actor.id(), now);
        save(user);
        outbox.append(UserEvents.registered(user, actor, now));
        return UserResponse.masked(user);
    }

    @Transactional
    public UserResponse replace(UUID id, UserRequest request, Long ifMatch, Actor actor) {
        PublicUser user = load(id);
        Versions.check("user", user.version(), ifMatch, request.version());
        UserDetails details = normalize(request);
        Instant now = now();
        List<String> changed = new ArrayList<>(UserEvents.changedFields(user.details(), details));
        if (changed.contains("email") || changed.contains("phone")) {
            ensureUnique(details, user.id());
        }
        if (changed.contains("email") && user.emailVerifiedAt() != null) {
            changed.add("emailVerifiedAt");
        }
        if (changed.contains("phone") && user.phoneVerifiedAt() != null) {
            changed.add("phoneVerifiedAt");
        }
        if (!changed.isEmpty()) {
            user.apply(details, now);
        }
        if (request.idDocumentNumber() != null) {
            String number = normalizeDocument(request.idDocumentNumber());
            if (!number.equals(cipher.decrypt(user.id(), user.idDocumentNumberEncrypted()))) {
                user.replaceIdDocumentNumber(cipher.encrypt(user.id(), number), IdDocumentMask.hint(number), now);
                changed.add(UserEvents.ID_DOCUMENT_NUMBER);
            }
        }
        if (!changed.isEmpty()) {
            save(user);
            outbox.append(UserEvents.updated(user, changed, actor, now));
        }
        return UserResponse.masked(user);
    }

    @Transactional
    public UserResponse changeStatus(UUID id, StatusChangeRequest request, Long ifMatch, Actor actor) {
        PublicUser user = load(id);
        Versions.check("user", user.version(), ifMatch, null);
        UserStatus previous = user.status();
        UserStatus next = UserStatus.fromValue(request.status())
                .orElseThrow(() -> new InvalidRequestException("status", UserStatus.MESSAGE));
        if (next == previous) {
            return UserResponse.masked(user);
        }
        if (!previous.canMoveTo(next)) {
            throw invalidMove(previous, next);
        }
        String reason = blankToNull(request.reason());
        if (next == UserStatus.BLOCKED && reason == null) {
            // Blocking stops someone's orders; the activity feed must say why.
            throw new InvalidRequestException("reason", "is required to block a user");
        }
        Instant now = now();
        user.moveTo(next, now);
        save(user);
        outbox.append(UserEvents.statusChanged(user, previous, reason, actor, now));
        return UserResponse.masked(user);
    }

    @Transactional
    public UserResponse verify(UUID id, VerificationChannel channel, Long ifMatch, Actor actor) {
        PublicUser user = load(id);
        Versions.check("user", user.version(), ifMatch, null);
        Instant now = now();
        if (user.markVerified(channel, now)) {
            save(user);
            String field = channel == VerificationChannel.EMAIL ? "emailVerifiedAt" : "phoneVerifiedAt";
            outbox.append(UserEvents.updated(user, List.of(field), actor, now));
        }
        return UserResponse.masked(user);
    }

    private PublicUser load(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private void save(PublicUser user) {
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            // Two requests raced past ensureUnique; the unique index decided which field clashed.
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (message.contains("public_user_email_uq")) {
                throw taken(List.of("email"));
            }
            if (message.contains("public_user_phone_uq")) {
                throw taken(List.of("phone"));
            }
            throw e;
        }
    }

    private void ensureUnique(UserDetails details, UUID exceptId) {
        List<String> taken = new ArrayList<>();
        if (users.emailTakenByAnother(details.email(), exceptId)) {
            taken.add("email");
        }
        if (users.phoneTakenByAnother(details.phone(), exceptId)) {
            taken.add("phone");
        }
        if (!taken.isEmpty()) {
            throw taken(taken);
        }
    }

    private static ConflictException taken(List<String> fields) {
        List<FieldProblem> errors = fields.stream()
                .map(field -> new FieldProblem(field, "is already used by another user")).toList();
        return new ConflictException(fields.getFirst() + "-taken", "Already registered",
                "Another user already has this " + String.join(" and ", fields) + ".", Map.of("errors", errors));
    }

    private static ConflictException invalidMove(UserStatus from, UserStatus to) {
        List<String> allowed = from.allowedNext().stream().map(UserStatus::value).sorted().toList();
        return new ConflictException("invalid-status-change", "Status change not allowed",
                "A user who is " + from.value() + " cannot become " + to.value() + "; allowed: "
                        + String.join(", ", allowed) + ".",
                Map.of("currentStatus", from.value(), "allowedStatuses", allowed));
    }


    private static UserDetails normalize(UserRequest r) {
        return new UserDetails(r.fullName().trim(), r.email().trim().toLowerCase(Locale.ROOT),
                normalizePhone(r.phone()), r.address().trim(), r.city().trim(),
                r.state() == null ? "" : r.state().trim(), r.postalCode().trim().toUpperCase(Locale.ROOT),
                r.country().trim().toUpperCase(Locale.ROOT), r.dateOfBirth(), r.idDocumentType().trim());
    }

    /** {@code +44 (20) 7946-0958} → {@code +442079460958}: one spelling per phone, so uniqueness means something. */
    static String normalizePhone(String phone) {
        return "+" + phone.replaceAll("[^0-9]", "");
    }

    private static String normalizeDocument(String number) {
        return number.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps the response equal to what a later read returns.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
