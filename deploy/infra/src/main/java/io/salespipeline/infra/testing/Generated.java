package io.salespipeline.infra.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Random hostile values from jqwik generators, driven by the fuzzer's seeded {@link Random}:
 * any Unicode text (control characters and lone surrogates included), decimals with extreme
 * exponents and precisions, and integers from the whole long range.
 */
final class Generated {

    private static Arbitrary<Object> values() {
        return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(0).ofMaxLength(300).map(text -> (Object) text),
            Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60),
                    Arbitraries.integers().between(-2_000_000_000, 2_000_000_000),
                    Arbitraries.of("", "-"))
                    .as((digits, exponent, sign) -> (Object) (sign + digits + "e" + exponent)),
            Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40),
                    Arbitraries.integers().between(-99_999_999, 99_999_999))
                    .as((digits, exponent) -> (Object) Json.raw(digits + "E" + exponent)),
            Arbitraries.longs().map(n -> (Object) n),
            Arbitraries.bigDecimals().ofScale(20).map(d -> (Object) d.toPlainString()));
    }

    private Generated() {
    }

    /** Outside a jqwik property, so in a session of its own; the fuzzer's seeded random decides. */
    static List<Object> values(Random random, int count) {
        List<Object> values = new ArrayList<>();
        JqwikSession.run(() -> {
            var generator = values().generator(1000);
            for (int i = 0; i < count; i++) {
                values.add(generator.next(random).value());
            }
        });
        return values;
    }
}
