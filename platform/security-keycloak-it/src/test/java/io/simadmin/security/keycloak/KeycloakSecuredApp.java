package io.simadmin.security.keycloak;

import io.simadmin.security.AdminOnly;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.CurrentCaller;
import io.simadmin.security.SuperAdminOnly;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A service shaped like ours: nothing but platform-security and one endpoint per role rule. */
@SpringBootApplication
public class KeycloakSecuredApp {

    @RestController
    static class ThingController {

        @GetMapping("/api/things")
        @AdminsAndModerators
        Map<String, Object> read() {
            CurrentCaller caller = CurrentCaller.require();
            return Map.of("subject", caller.subject(), "roles", caller.roles());
        }

        @PostMapping("/api/things")
        @AdminOnly
        Map<String, String> write() {
            return Map.of("written", "yes");
        }

        @GetMapping("/api/keys")
        @SuperAdminOnly
        Map<String, String> keys() {
            return Map.of("keys", "secret");
        }
    }
}
