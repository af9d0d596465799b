package io.simadmin.auth.keys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The public keys that verify access tokens (RFC 7517). Resource servers fetch and cache it. */
@RestController
@Tag(name = "Keys")
public class JwksController {

    private final KeyRing keyRing;

    public JwksController(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @GetMapping(path = "/api/auth/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "JSON Web Key Set of the token signing keys")
    public ResponseEntity<Map<String, Object>> jwks() {
        // Five minutes: well inside the publish lead, so a cached copy always knows the next key before it signs.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keyRing.publishedKeys().toJSONObject(true));
    }
}
