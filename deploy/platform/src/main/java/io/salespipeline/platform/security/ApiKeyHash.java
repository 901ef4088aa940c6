package io.salespipeline.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of an API key: SHA-256 hex. Keys are 256-bit random values, so a fast hash is
 * enough (no dictionary to guess from) and lets a request find its key by an indexed lookup.
 */
public final class ApiKeyHash {

    private ApiKeyHash() {
    }

    public static String of(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
