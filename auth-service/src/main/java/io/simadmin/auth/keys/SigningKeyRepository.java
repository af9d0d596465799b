package io.simadmin.auth.keys;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.util.List;

@Repository
class SigningKeyRepository {

    private final JdbcTemplate jdbc;
    private final KeyEncryption encryption;

    SigningKeyRepository(JdbcTemplate jdbc, KeyEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Serializes rotation across instances for the rest of the caller's transaction. */
    void lockForRotation() {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('simadmin.auth.signing-keys'))");
    }

    List<SigningKey> findAll() {
        return jdbc.query("select kid, public_key, private_key, created_at, activates_at from signing_key order by activates_at",
                (rs, i) -> {
                    String kid = rs.getString("kid");
                    return new SigningKey(kid, toJwk(kid, rs.getBytes("public_key"),
                            encryption.decrypt(kid, rs.getBytes("private_key"))),
                            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("activates_at").toInstant());
                });
    }

    void insert(SigningKey key) {
        try {
            jdbc.update("insert into signing_key (kid, public_key, private_key, created_at, activates_at) values (?, ?, ?, ?, ?)",
                    key.kid(), key.jwk().toRSAPublicKey().getEncoded(),
                    encryption.encrypt(key.kid(), key.jwk().toRSAPrivateKey().getEncoded()),
                    Timestamp.from(key.createdAt()), Timestamp.from(key.activatesAt()));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("cannot store signing key " + key.kid(), e);
        }
    }

    void delete(String kid) {
        jdbc.update("delete from signing_key where kid = ?", kid);
    }

    private static RSAKey toJwk(String kid, byte[] publicKey, byte[] privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
        }
    }
}
