package io.salespipeline.contract.domain;

import java.time.Duration;

/**
 * The second factor of a customer's signature: how many digits a code has, how long it is valid
 * and how many wrong tries it survives. Short and few: a code is guessed with odds of
 * {@code maxAttempts / 10^digits} at most.
 */
public record OneTimeCodePolicy(int digits, Duration validity, int maxAttempts) {

    public static final OneTimeCodePolicy STANDARD = new OneTimeCodePolicy(6, Duration.ofMinutes(10), 5);

    public OneTimeCodePolicy {
        if (digits < 6 || digits > 9 || validity.isNegative() || validity.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("a one-time code has 6 to 9 digits, a positive validity and attempts");
        }
    }
}
