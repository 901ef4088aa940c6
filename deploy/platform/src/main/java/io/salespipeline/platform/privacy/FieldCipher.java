package io.salespipeline.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through the JDK (javax.crypto), nothing of its own: a fresh random 96-bit nonce for
 * every encryption, a 128-bit tag, and associated data that binds the ciphertext to where it
 * belongs (a field: the event id and the field's path; a wrapped data key: its key id and person),
 * so it cannot be moved elsewhere unnoticed.
 * <p>
 * The wire form of an encrypted field is a string, {@code pii:v1:<keyId>:<base64url(nonce | ciphertext | tag)>}:
 * the field keeps its JSON type, and the key id tells a reader which person's key opens it.
 */
public final class FieldCipher {

    public static final String PREFIX = "pii:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A field as it travels: the data key's id and nonce, ciphertext and tag. */
    public record Sealed(UUID keyId, byte[] box) {
    }

    private FieldCipher() {
    }

    /** A new random AES-256 key. */
    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES", e);
        }
    }

    public static SecretKey key(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** The wire form of {@code text} under the data key {@code keyId}. */
    public static String seal(UUID keyId, SecretKey key, String text, String associatedData) {
        return PREFIX + keyId + ":" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(encrypt(key, text.getBytes(StandardCharsets.UTF_8), associatedData));
    }

    /** Whether a value has the wire form of an encrypted field (it may still be forged). */
    public static boolean looksSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The key id and box of a wire value; an {@link IllegalArgumentException} for a damaged one. */
    public static Sealed parse(String value) {
        if (!looksSealed(value)) {
            throw new IllegalArgumentException("not an encrypted field");
        }
        int colon = value.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalArgumentException("an encrypted field names no key");
        }
        UUID keyId = UUID.fromString(value.substring(PREFIX.length(), colon));
        byte[] box = Base64.getUrlDecoder().decode(value.substring(colon + 1));
        if (box.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("an encrypted field is too short");
        }
        return new Sealed(keyId, box);
    }

    /** The text; a {@link GeneralSecurityException} when key, associated data or box do not match. */
    public static String open(SecretKey key, Sealed sealed, String associatedData) throws GeneralSecurityException {
        return new String(decrypt(key, sealed.box(), associatedData), StandardCharsets.UTF_8);
    }

    /** A data key encrypted under a master key, bound to its id and person. */
    public static byte[] wrap(SecretKey master, SecretKey dataKey, UUID keyId, UUID personId) {
        return encrypt(master, dataKey.getEncoded(), keyId + "/" + personId);
    }

    public static SecretKey unwrap(SecretKey master, byte[] wrapped, UUID keyId, UUID personId)
            throws GeneralSecurityException {
        return key(decrypt(master, wrapped, keyId + "/" + personId));
    }

    private static byte[] encrypt(SecretKey key, byte[] plain, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] box, String associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES);
    }
}
