package io.simadmin.security.sample;

import io.simadmin.events.Actor;
import io.simadmin.security.AdminOnly;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.security.CurrentCaller;
import io.simadmin.security.SecurityActors;
import io.simadmin.security.StaffOrPartnerWithScope;
import io.simadmin.security.SuperAdminOnly;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** A service shaped like ours, with one endpoint per kind of rule. */
@SpringBootApplication
public class SecuredApp {

    @RestController
    static class ThingController {

        @GetMapping("/api/things")
        @AdminsAndModerators
        CurrentCaller read() {
            return CurrentCaller.require();
        }

        @PostMapping("/api/things")
        @AdminOnly
        Actor write() {
            return SecurityActors.current();
        }

        @GetMapping("/api/keys")
        @SuperAdminOnly
        Map<String, String> keys() {
            return Map.of("keys", "secret");
        }

        @GetMapping("/api/orders")
        @StaffOrPartnerWithScope("orders:read")
        Map<String, Object> orders() {
            CurrentCaller caller = CurrentCaller.require();
            UUID reseller = caller.isPartner() ? caller.requireReseller() : null;
            return Map.of("reseller", String.valueOf(reseller), "actor", SecurityActors.current());
        }

        /** No role annotation: any valid token passes, which is why the role-matrix tests exist. */
        @GetMapping("/api/whoami")
        Actor whoami() {
            return SecurityActors.current();
        }
    }
}
