package io.simadmin.auth.passwords;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordChangeRequest(@NotBlank @Size(max = 256) String currentPassword,
                                    @NotBlank @Size(max = 256) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[hidden]";
    }
}
