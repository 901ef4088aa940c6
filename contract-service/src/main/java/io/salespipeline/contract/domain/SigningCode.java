package io.salespipeline.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A one-time code sent to the customer's address for one signing link. Only its salted SHA-256
 * is stored; it expires, survives a bounded number of wrong tries and is used once. A newer code
 * for the same link replaces it (the caller asks for the newest).
 */
@Entity
@Table(name = "signing_code")
public class SigningCode extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID contractId;
    private UUID linkId;
    private String codeSha256;
    private Instant issuedAt;
    private Instant expiresAt;
    private int attempts;
    private int maxAttempts;
    private Instant usedAt;

    protected SigningCode() {
        // for JPA
    }

    /** A new code and its plain digits (for the customer's e-mail only; never stored, never answered). */
    public record Issued(SigningCode code, String digits) {
    }

    public static Issued issue(UUID contractId, UUID linkId, OneTimeCodePolicy policy, Instant now) {
        SigningCode code = new SigningCode();
        code.id = Ids.newId();
        code.contractId = contractId;
        code.linkId = linkId;
        String digits = String.valueOf(RANDOM.nextInt((int) Math.pow(10, policy.digits())));
        digits = "0".repeat(policy.digits() - digits.length()) + digits;
        code.codeSha256 = code.hash(digits);
        code.issuedAt = now;
        code.expiresAt = now.plus(policy.validity());
        code.maxAttempts = policy.maxAttempts();
        return new Issued(code, digits);
    }

    /** The outcome of one try: right (the code is used up), or why not. */
    public enum Check {
        RIGHT, WRONG, EXPIRED, EXHAUSTED, USED
    }

    /** Counts the try; a right code is used up by it. Compared in constant time. */
    public Check check(String entered, Instant now) {
        if (usedAt != null) {
            return Check.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (attempts >= maxAttempts) {
            return Check.EXHAUSTED;
        }
        attempts++;
        String candidate = entered == null ? "" : entered.strip();
        if (!MessageDigest.isEqual(hash(candidate).getBytes(StandardCharsets.US_ASCII),
                codeSha256.getBytes(StandardCharsets.US_ASCII))) {
            return attempts >= maxAttempts ? Check.EXHAUSTED : Check.WRONG;
        }
        usedAt = now;
        return Check.RIGHT;
    }

    /**
     * A try that failed answers a clear problem: 400 for a wrong code, 409 when a new code is
     * needed. Both leave the counted try in place (the transaction must not roll it back).
     */
    public void require(Check check) {
        if (check == Check.WRONG) {
            int left = attemptsLeft();
            throw new WrongCodeException("is not the code we sent; " + left + (left == 1 ? " try left" : " tries left"));
        }
        if (check != Check.RIGHT) {
            throw new CodeNoLongerValidException(check);
        }
    }

    /** 400: the code entered is not the one sent. */
    public static final class WrongCodeException extends InvalidInputException {
        WrongCodeException(String message) {
            super("code", message);
        }
    }

    /** 409: the code expired, was used or has no tries left; a new one must be asked for. */
    public static final class CodeNoLongerValidException extends IllegalTransitionException {
        CodeNoLongerValidException(Check check) {
            super("signing code", check, "signature", "The code is " + check.name().toLowerCase()
                    + (check == Check.EXHAUSTED ? " (no tries left)" : "") + "; ask for a new code.");
        }
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attempts);
    }

    private String hash(String digits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((id + ":" + digits).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() { return id; }
    public UUID contractId() { return contractId; }
    public UUID linkId() { return linkId; }
    public Instant expiresAt() { return expiresAt; }
    public Instant usedAt() { return usedAt; }
}
