package io.simadmin.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.simadmin.auth.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The token signing keys: made on first start, rotated on schedule, kept in the database (encrypted) so every
 * instance signs with the same key and publishes the same key set. Each instance reloads them every minute.
 */
@Component
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    private static final int RSA_BITS = 2048;

    private final SigningKeyRepository keys;
    private final TransactionTemplate transactions;
    private final KeySchedule schedule;
    private final Clock clock;
    private final AtomicReference<List<SigningKey>> loaded = new AtomicReference<>();

    public KeyRing(SigningKeyRepository keys, PlatformTransactionManager transactions, AuthProperties properties,
                   Clock clock) {
        this.keys = keys;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        java.time.Duration longest = properties.accessTokenTtl().compareTo(properties.partnerTokenTtl()) > 0
                ? properties.accessTokenTtl() : properties.partnerTokenTtl();
        this.schedule = new KeySchedule(properties.keyRotationPeriod(), properties.keyPublishLead(), longest);
    }

    /** The key that signs now. */
    public SigningKey signingKey() {
        return schedule.signer(current(), clock.instant())
                .orElseThrow(() -> new IllegalStateException("no signing key is active"));
    }

    /** Every key a valid token may be signed with (public parts only): the JWKS. */
    public JWKSet publishedKeys() {
        return new JWKSet(current().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.publicJwk()).toList());
    }

    /** Makes a successor key now (it signs after the publish lead), e.g. when a key may have leaked. */
    public SigningKey rotateNow() {
        SigningKey created = transactions.execute(status -> {
            keys.lockForRotation();
            List<SigningKey> all = keys.findAll();
            return create(all, clock.instant());
        });
        reload();
        return created;
    }

    /** Makes the first key, or the next one when due, and drops keys whose tokens have all expired. */
    @Scheduled(fixedDelayString = "${simadmin.auth.key-check-interval:PT1M}", initialDelayString = "${simadmin.auth.key-check-interval:PT1M}")
    public void maintain() {
        transactions.executeWithoutResult(status -> {
            keys.lockForRotation();
            Instant now = clock.instant();
            List<SigningKey> all = keys.findAll();
            if (schedule.needsNewKey(all, now)) {
                create(all, now);
            }
            for (SigningKey retired : schedule.retired(keys.findAll(), now)) {
                keys.delete(retired.kid());
                log.info("signing key {} retired: every token it signed has expired", retired.kid());
            }
        });
        reload();
    }

    private List<SigningKey> current() {
        List<SigningKey> known = loaded.get();
        if (known == null || known.isEmpty()) {
            synchronized (this) {
                known = loaded.get();
                if (known == null || known.isEmpty()) {
                    maintain();
                    known = loaded.get();
                }
            }
        }
        return known;
    }

    private void reload() {
        loaded.set(List.copyOf(keys.findAll()));
    }

    private SigningKey create(List<SigningKey> existing, Instant now) {
        String kid = UUID.randomUUID().toString();
        try {
            RSAKey jwk = new RSAKeyGenerator(RSA_BITS).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            SigningKey key = new SigningKey(kid, jwk, now, schedule.activationOfNewKey(existing, now));
            keys.insert(key);
            log.info("signing key {} created; it signs from {}", kid, key.activatesAt());
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }
}
