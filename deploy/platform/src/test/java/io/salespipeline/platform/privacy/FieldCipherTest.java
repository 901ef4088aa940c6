package io.salespipeline.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final UUID keyId = UUID.randomUUID();
    private final SecretKey key = FieldCipher.newKey();

    @Test
    void aSealedFieldOpensWithItsKeyAndPlace() throws GeneralSecurityException {
        String sealed = FieldCipher.seal(keyId, key, "Ada Lovelace ✓", "event-1\n/contact/name");
        assertTrue(sealed.startsWith("pii:v1:" + keyId + ":"));
        assertFalse(sealed.contains("Ada"));
        FieldCipher.Sealed parsed = FieldCipher.parse(sealed);
        assertEquals(keyId, parsed.keyId());
        assertEquals("Ada Lovelace ✓", FieldCipher.open(key, parsed, "event-1\n/contact/name"));
    }

    @Test
    void everySealingHasItsOwnNonce() {
        assertNotEquals(FieldCipher.seal(keyId, key, "Ada", "a"), FieldCipher.seal(keyId, key, "Ada", "a"));
    }

    @Test
    void anotherPlaceOrEventDoesNotOpen() {
        FieldCipher.Sealed sealed = FieldCipher.parse(FieldCipher.seal(keyId, key, "Ada", "event-1\n/contact/name"));
        assertThrows(GeneralSecurityException.class, () -> FieldCipher.open(key, sealed, "event-1\n/contact/email"));
        assertThrows(GeneralSecurityException.class, () -> FieldCipher.open(key, sealed, "event-2\n/contact/name"));
    }

    @Test
    void anotherKeyDoesNotOpen() {
        FieldCipher.Sealed sealed = FieldCipher.parse(FieldCipher.seal(keyId, key, "Ada", "a"));
        assertThrows(GeneralSecurityException.class, () -> FieldCipher.open(FieldCipher.newKey(), sealed, "a"));
    }

    @Test
    void aTamperedFieldDoesNotOpen() {
        byte[] box = FieldCipher.parse(FieldCipher.seal(keyId, key, "Ada", "a")).box();
        for (int i = 0; i < box.length; i++) {
            byte[] tampered = box.clone();
            tampered[i] ^= 0x01;
            FieldCipher.Sealed sealed = new FieldCipher.Sealed(keyId, tampered);
            assertThrows(GeneralSecurityException.class, () -> FieldCipher.open(key, sealed, "a"), "byte " + i);
        }
        String truncated = "pii:v1:" + keyId + ":" + Base64.getUrlEncoder().encodeToString(new byte[10]);
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.parse(truncated));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.parse("pii:v1:not-a-key:AAAA"));
    }

    @Test
    void aDataKeyUnwrapsOnlyAsItsOwnIdAndPerson() throws GeneralSecurityException {
        SecretKey master = FieldCipher.newKey();
        UUID person = UUID.randomUUID();
        byte[] wrapped = FieldCipher.wrap(master, key, keyId, person);
        assertEquals(Base64.getEncoder().encodeToString(key.getEncoded()),
                Base64.getEncoder().encodeToString(FieldCipher.unwrap(master, wrapped, keyId, person).getEncoded()));
        assertThrows(GeneralSecurityException.class, () -> FieldCipher.unwrap(master, wrapped, keyId, UUID.randomUUID()));
        assertThrows(GeneralSecurityException.class, () -> FieldCipher.unwrap(FieldCipher.newKey(), wrapped, keyId, person));
    }

    @Test
    void theKeyRingWrapsWithItsFirstKeyAndKnowsEveryOne() {
        String k2 = Base64.getEncoder().encodeToString(FieldCipher.newKey().getEncoded());
        String k1 = Base64.getEncoder().encodeToString(FieldCipher.newKey().getEncoded());
        MasterKeyRing ring = new MasterKeyRing(List.of("k2:" + k2, "k1:" + k1));
        assertEquals("k2", ring.currentId());
        assertTrue(ring.byId("k1").isPresent());
        assertThrows(IllegalArgumentException.class, () -> new MasterKeyRing(List.of("short:AAAA")));
        assertThrows(IllegalArgumentException.class, () -> new MasterKeyRing(List.of("k1:" + k1, "k1:" + k2)));
    }
}
