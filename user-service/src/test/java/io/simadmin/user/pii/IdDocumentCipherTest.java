package io.simadmin.user.pii;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdDocumentCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final IdDocumentCipher cipher = new IdDocumentCipher(new PiiProperties(KEY));

    @Test
    void decrypts_what_it_encrypted_and_never_stores_the_same_bytes_twice() {
        UUID user = UUID.randomUUID();

        byte[] first = cipher.encrypt(user, "P1234567");
        byte[] second = cipher.encrypt(user, "P1234567");

        assertThat(cipher.decrypt(user, first)).isEqualTo("P1234567");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refuses_a_ciphertext_moved_to_another_user() {
        byte[] sealed = cipher.encrypt(UUID.randomUUID(), "P1234567");

        assertThatThrownBy(() -> cipher.decrypt(UUID.randomUUID(), sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tampered");
    }

    @Test
    void refuses_to_work_under_another_key() {
        UUID user = UUID.randomUUID();
        byte[] sealed = cipher.encrypt(user, "P1234567");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        assertThatThrownBy(() -> new IdDocumentCipher(new PiiProperties(Base64.getEncoder().encodeToString(otherKey)))
                .decrypt(user, sealed)).hasMessageContaining("not the key it was stored with");
    }

    @Test
    void refuses_to_start_without_a_key_and_says_how_to_give_one() {
        assertThatThrownBy(() -> new IdDocumentCipher(new PiiProperties("")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("simadmin.users.pii-key is not set")
                .hasMessageContaining("SIMADMIN_USERS_PII_KEY");
        assertThatThrownBy(() -> new IdDocumentCipher(new PiiProperties(null)))
                .hasMessageContaining("SIMADMIN_USERS_PII_KEY");
    }

    @Test
    void refuses_a_key_that_is_not_32_bytes_of_base64() {
        assertThatThrownBy(() -> new IdDocumentCipher(new PiiProperties("not base64!")))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> new IdDocumentCipher(new PiiProperties(Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("must be 32 bytes");
    }
}
