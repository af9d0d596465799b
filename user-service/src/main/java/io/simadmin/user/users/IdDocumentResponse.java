package io.simadmin.user.users;

import java.util.UUID;

/** A user's ID document in clear: only for super admins and admins, and every read is audited. */
public record IdDocumentResponse(UUID userId, String idDocumentType, String idDocumentNumber) {
}
