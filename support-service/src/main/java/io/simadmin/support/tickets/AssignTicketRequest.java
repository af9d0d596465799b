package io.simadmin.support.tickets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.UUID;

/** Body of {@code PATCH /api/support/tickets/{id}/assign}: the admin (auth-service id) who works the ticket. */
public record AssignTicketRequest(@NotNull UUID adminId, @PositiveOrZero Long version) {
}
