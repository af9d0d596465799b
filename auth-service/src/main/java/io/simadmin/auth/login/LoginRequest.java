package io.simadmin.auth.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/auth/login}: {@code login} is an email or a username. */
public record LoginRequest(@NotBlank @Size(max = 254) String login, @NotBlank @Size(max = 256) String password,
                           Boolean rememberMe) {

    @Override
    public String toString() {
        return "LoginRequest[hidden]";
    }
}
