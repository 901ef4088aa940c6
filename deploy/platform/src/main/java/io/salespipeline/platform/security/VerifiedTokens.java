package io.salespipeline.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Duration;
import javax.crypto.SecretKey;
import java.security.PrivateKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature this instance already checked, for a minute at most and never
 * past their expiry. A client sends the same token with every request while it is valid; its
 * RSA signature check was the largest single cost of a small request (about a fifth of a new
 * lead's CPU time). Only tokens that passed every check are kept, keyed by the whole token, so
 * a changed byte is a different token and is verified in full. A signing key withdrawn from the
 * issuer's key set stops being honoured within that minute.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private static final Duration LONGEST = Duration.ofMinutes(1);

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(LONGEST).build();

    @Inject
    DefaultJWTParser parser;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && !expired(known)) {
            return known;
        }
        JsonWebToken checked = parser.parse(token);
        verified.put(token, checked);
        return checked;
    }

    private static boolean expired(JsonWebToken token) {
        return token.getExpirationTime() * 1000 <= System.currentTimeMillis();
    }

    // The rest is what the MicroProfile JWT API offers besides; none of it is cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
