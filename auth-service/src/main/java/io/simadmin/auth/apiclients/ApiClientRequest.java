package io.simadmin.auth.apiclients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/settings/api/keys}. */
public record ApiClientRequest(@NotNull UUID resellerId, @NotBlank @Size(max = 100) String name,
                               @NotEmpty List<String> scopes) {
}
