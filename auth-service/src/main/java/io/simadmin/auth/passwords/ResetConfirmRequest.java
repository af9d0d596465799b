package io.simadmin.auth.passwords;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResetConfirmRequest(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 256) String newPassword) {

    @Override
    public String toString() {
        return "ResetConfirmRequest[hidden]";
    }
}
