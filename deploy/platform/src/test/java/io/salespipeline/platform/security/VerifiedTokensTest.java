package io.salespipeline.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    /** Stands in for smallrye-jwt's full check: counts calls, refuses tokens named "forged". */
    static final class CountingParser extends DefaultJWTParser {
        final List<String> checked = new ArrayList<>();
        long expiresAt = System.currentTimeMillis() / 1000 + 3600;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checked.add(token);
            if (token.startsWith("forged")) {
                throw new ParseException("bad signature");
            }
            return token(token, expiresAt);
        }
    }

    private final VerifiedTokens tokens = new VerifiedTokens();
    private final CountingParser parser = new CountingParser();

    @BeforeEach
    void wire() {
        tokens.parser = parser;
    }

    @Test
    void aTokenSentAgainIsNotCheckedAgain() throws Exception {
        JsonWebToken first = tokens.parse("token-a");
        assertSame(first, tokens.parse("token-a"));
        tokens.parse("token-b");
        assertEquals(List.of("token-a", "token-b"), parser.checked);
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged-1"));
        assertThrows(ParseException.class, () -> tokens.parse("forged-1"));
        assertEquals(List.of("forged-1", "forged-1"), parser.checked);
    }

    @Test
    void aTokenPastItsExpiryIsCheckedInFullAgain() throws Exception {
        // Accepted once (within the verifier's clock skew) although its exp has passed.
        parser.expiresAt = System.currentTimeMillis() / 1000 - 1;
        tokens.parse("token-late");
        tokens.parse("token-late");
        assertEquals(List.of("token-late", "token-late"), parser.checked);
    }

    private static JsonWebToken token(String name, long expiresAt) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(expiresAt) : null;
            }
        };
    }
}
