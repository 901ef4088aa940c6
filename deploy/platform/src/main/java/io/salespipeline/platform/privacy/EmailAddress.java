package io.salespipeline.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one place erasure and the do-not-contact register normalise an e-mail address (trimmed,
 * lower-case) and hash it (SHA-256, lower-case hex): the register and the erasure event carry
 * the hash, never the address. Every service compares stored addresses by the same rule
 * ({@link #sqlSha256(String)}). Integration note: lead intake (issue-4-lead-intake) brings its
 * own normalised e-mail column; once both are on main, both should use one normaliser.
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    /** Trimmed and lower-cased; null for a missing or blank address. */
    public static String normalise(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the normalised address as 64 lower-case hex digits; null for no address. */
    public static String sha256(String email) {
        String normalised = normalise(email);
        if (normalised == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The same hash computed by PostgreSQL over a column holding an address, for matching in SQL. */
    public static String sqlSha256(String column) {
        return "encode(sha256(convert_to(lower(btrim(" + column + ")), 'UTF8')), 'hex')";
    }
}
