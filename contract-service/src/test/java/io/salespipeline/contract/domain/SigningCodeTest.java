package io.salespipeline.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.contract.domain.SigningCode.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SigningCodeTest {

    private final Instant now = Instant.parse("2026-12-07T09:00:00Z");
    private final OneTimeCodePolicy policy = OneTimeCodePolicy.STANDARD;

    private SigningCode.Issued issue() {
        return SigningCode.issue(UUID.randomUUID(), UUID.randomUUID(), policy, now);
    }

    @Test
    void aCodeIsSixDigitsAndOnlyItsSaltedHashIsKept() throws Exception {
        SigningCode.Issued first = issue();
        SigningCode.Issued second = issue();
        assertTrue(first.digits().matches("\\d{6}"), first.digits());
        var field = SigningCode.class.getDeclaredField("codeSha256");
        field.setAccessible(true);
        String stored = (String) field.get(first.code());
        assertTrue(stored.matches("[0-9a-f]{64}"));
        assertTrue(!stored.contains(first.digits()));
        // Salted with the code's id: the same digits do not give the same stored value.
        SigningCode again = second.code();
        assertNotEquals(stored, field.get(again));
    }

    @Test
    void theRightCodeWorksOnceWithinItsValidity() {
        SigningCode.Issued issued = issue();
        assertEquals(Check.RIGHT, issued.code().check(issued.digits(), now.plusSeconds(60)));
        assertEquals(Check.USED, issued.code().check(issued.digits(), now.plusSeconds(61)));
    }

    @Test
    void aCodeExpires() {
        SigningCode.Issued issued = issue();
        assertEquals(Check.EXPIRED, issued.code().check(issued.digits(), now.plus(policy.validity())));
        assertEquals(now.plus(Duration.ofMinutes(10)), issued.code().expiresAt());
    }

    @Test
    void wrongTriesAreCountedAndTheLastOneExhaustsTheCode() {
        SigningCode.Issued issued = issue();
        String wrong = issued.digits().equals("000000") ? "000001" : "000000";
        for (int i = 1; i < policy.maxAttempts(); i++) {
            assertEquals(Check.WRONG, issued.code().check(wrong, now));
            assertEquals(policy.maxAttempts() - i, issued.code().attemptsLeft());
        }
        assertEquals(Check.EXHAUSTED, issued.code().check(wrong, now));
        // Even the right code no longer works.
        assertEquals(Check.EXHAUSTED, issued.code().check(issued.digits(), now));
    }

    @Test
    void aFailedTryAnswersTheProblemThatFits() {
        SigningCode.Issued issued = issue();
        assertThrows(SigningCode.WrongCodeException.class, () -> issued.code().require(Check.WRONG));
        assertThrows(SigningCode.CodeNoLongerValidException.class, () -> issued.code().require(Check.EXPIRED));
        issued.code().require(Check.RIGHT);
    }
}
