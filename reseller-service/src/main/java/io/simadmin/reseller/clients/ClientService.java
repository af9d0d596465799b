package io.simadmin.reseller.clients;

import io.simadmin.events.Actor;
import io.simadmin.messaging.outbox.Outbox;
import io.simadmin.messaging.outbox.UuidV7;
import io.simadmin.reseller.resellers.LiveResellers;
import io.simadmin.web.paging.BoundedCountPages;
import io.simadmin.web.paging.PageResponse;
import jakarta.persistence.EntityManager;
import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.simadmin.web.problem.NotFoundException;
import io.simadmin.web.versioning.Versions;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reseller clients' use cases. Every change and its event commit together (the outbox), or neither does. A partner
 * reaches only its own reseller's clients: anyone else's answer 404, as if they did not exist.
 */
@Service
public class ClientService {

    private final ClientRepository clients;
    private final LiveResellers resellers;
    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;

    public ClientService(ClientRepository clients, LiveResellers resellers, Outbox outbox, Clock clock,
                         EntityManager entityManager) {
        this.clients = clients;
        this.entityManager = entityManager;
        this.resellers = resellers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<ClientResponse> list(ClientSearch search, ClientAccess access, Pageable pageable) {
        YearMonth month = month();
        return BoundedCountPages.find(entityManager, ResellerClient.class, search.toSpecification(access.ownReseller()),
                search.filtering(access.ownReseller()), pageable, client -> ClientResponse.of(client, month));
    }

    /** The clients of one reseller; an unknown reseller (or another partner's) is a 404, not an empty list. */
    @Transactional(readOnly = true)
    public PageResponse<ClientResponse> listOfReseller(UUID resellerId, ClientSearch search, ClientAccess access,
                                                       Pageable pageable) {
        requireReseller(resellerId, access);
        return list(search.withReseller(resellerId), access, pageable);
    }

    @Transactional(readOnly = true)
    public ClientResponse get(UUID id, ClientAccess access) {
        return ClientResponse.of(load(id, access), month());
    }

    @Transactional
    public ClientResponse create(ClientRequest request, ClientAccess access, Actor actor) {
        UUID resellerId = request.resellerId() != null ? request.resellerId() : access.ownReseller();
        if (resellerId == null) {
            throw new InvalidRequestException("resellerId", "must not be null");
        }
        requireReseller(resellerId, access);
        if (request.monthlyLimit() != null) {
            requireAdminForLimit(access);
        }
        ClientStatus status = parseStatus(request.status(), ClientStatus.ACTIVE);
        if (status == ClientStatus.SUSPENDED) {
            requireAdminForSuspension(access);
        }
        Instant now = now();
        ResellerClient client = new ResellerClient(UuidV7.next(), resellerId,
                normalize(request, BigDecimal.ZERO), status, actor.id(), now, month());
        clients.saveAndFlush(client);
        outbox.append(ClientEvents.added(client, actor, now));
        return ClientResponse.of(client, month());
    }

    @Transactional
    public ClientResponse replace(UUID id, ClientRequest request, Long ifMatch, ClientAccess access, Actor actor) {
        if (request.resellerId() != null) {
            throw new InvalidRequestException("resellerId", "cannot change; a client stays with its reseller");
        }
        ResellerClient client = load(id, access);
        Versions.check("client", client.version(), ifMatch, request.version());
        return applyChanges(client, request, null, access, actor);
    }

    @Transactional
    public ClientResponse patch(UUID id, ClientPatch patch, Long ifMatch, ClientAccess access, Actor actor) {
        ResellerClient client = load(id, access);
        Versions.check("client", client.version(), ifMatch, patch.version());
        return applyChanges(client, patch.mergedOnto(client), null, access, actor);
    }

    @Transactional
    public ClientResponse changeStatus(UUID id, ClientStatusChange change, Long ifMatch, ClientAccess access,
                                       Actor actor) {
        ResellerClient client = load(id, access);
        Versions.check("client", client.version(), ifMatch, change.version());
        ClientDetails d = client.details();
        ClientRequest unchanged = new ClientRequest(null, d.clientName(), d.clientEmail(), d.clientPhone(),
                d.planType(), null, change.status(), null);
        return applyChanges(client, unchanged, blankToNull(change.reason()), access, actor);
    }

    private ClientResponse applyChanges(ResellerClient client, ClientRequest request, String reason,
                                        ClientAccess access, Actor actor) {
        ClientDetails before = client.details();
        ClientDetails after = normalize(request, before.monthlyLimit());
        List<String> changed = ClientEvents.changedFields(before, after);
        if (changed.contains("monthlyLimit")) {
            requireAdminForLimit(access);
        }
        ClientStatus previous = client.status();
        ClientStatus next = parseStatus(request.status(), previous);
        if (next != previous) {
            if (!previous.canMoveTo(next)) {
                throw invalidMove(previous, next);
            }
            if (previous == ClientStatus.SUSPENDED || next == ClientStatus.SUSPENDED) {
                requireAdminForSuspension(access);
            }
            changed = new ArrayList<>(changed);
            changed.add("status");
        }
        if (changed.isEmpty()) {
            return ClientResponse.of(client, month());
        }
        Instant now = now();
        client.apply(after, now);
        if (next != previous) {
            client.moveTo(next, now);
        }
        clients.saveAndFlush(client);
        outbox.append(ClientEvents.changed(client, changed, previous, reason, actor, now));
        return ClientResponse.of(client, month());
    }

    private ResellerClient load(UUID id, ClientAccess access) {
        return clients.findById(id).filter(c -> access.mayReach(c.resellerId()))
                .orElseThrow(() -> new NotFoundException("client", id));
    }

    private void requireReseller(UUID resellerId, ClientAccess access) {
        if (!access.mayReach(resellerId) || !resellers.exists(resellerId)) {
            throw new NotFoundException("reseller", resellerId);
        }
    }

    private static void requireAdminForLimit(ClientAccess access) {
        if (!access.admin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only admins set a client's monthly limit; leave monthlyLimit out.",
                    Map.of("errors", List.of(new FieldProblem("monthlyLimit", "is set by admins only"))));
        }
    }

    private static void requireAdminForSuspension(ClientAccess access) {
        if (!access.admin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Only admins suspend a client or lift a suspension.");
        }
    }

    private static ConflictException invalidMove(ClientStatus from, ClientStatus to) {
        List<String> allowed = from.allowedNext().stream().map(ClientStatus::value).sorted().toList();
        return new ConflictException("invalid-status-change", "Status change not allowed",
                "A " + from.value() + " client cannot become " + to.value() + "; allowed: "
                        + String.join(", ", allowed) + ".",
                Map.of("currentStatus", from.value(), "allowedStatuses", allowed));
    }


    private static ClientStatus parseStatus(String value, ClientStatus fallback) {
        return value == null ? fallback : ClientStatus.fromValue(value).orElse(fallback);
    }

    /** @param keptLimit the monthly limit when the request leaves it out */
    private static ClientDetails normalize(ClientRequest r, BigDecimal keptLimit) {
        BigDecimal limit = r.monthlyLimit() != null ? r.monthlyLimit() : keptLimit;
        return new ClientDetails(r.clientName().trim(), r.clientEmail().trim().toLowerCase(Locale.ROOT),
                collapseSpaces(r.clientPhone()), r.planType().trim(), limit.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static String collapseSpaces(String phone) {
        return Arrays.stream(phone.trim().split("\\s+")).collect(Collectors.joining(" "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private YearMonth month() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps the response equal to what a later read returns.
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
