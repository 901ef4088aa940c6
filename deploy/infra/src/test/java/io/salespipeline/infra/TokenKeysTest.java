package io.salespipeline.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void the_local_private_key_is_readable_by_its_owner_only() throws Exception {
        TokenKeys.local(dataDir);

        assertEquals("rwx------", permissions(dataDir.resolve("jwt")));
        assertEquals("rw-------", permissions(dataDir.resolve("jwt/private.pem")));
    }

    @Test
    void a_key_pair_an_older_run_left_open_is_closed_on_the_next_start() throws Exception {
        TokenKeys first = TokenKeys.local(dataDir);
        Files.setPosixFilePermissions(dataDir.resolve("jwt"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("jwt/private.pem"), PosixFilePermissions.fromString("rw-r--r--"));

        TokenKeys again = TokenKeys.local(dataDir);

        assertEquals(first.privateKey(), again.privateKey()); // kept, not replaced
        assertEquals("rwx------", permissions(dataDir.resolve("jwt")));
        assertEquals("rw-------", permissions(dataDir.resolve("jwt/private.pem")));
    }

    @Test
    void tokens_name_the_sales_pipeline_as_their_audience() throws Exception {
        TokenKeys keys = TokenKeys.local(dataDir);
        String token = keys.sign("sam.seller", List.of("seller"), Instant.now().plusSeconds(600));

        JwtClaims claims = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                .setSkipSignatureVerification().build().processToClaims(token);

        assertEquals(List.of(TokenKeys.AUDIENCE), claims.getAudience());
        assertEquals(TokenKeys.AUDIENCE, keys.serviceConfig().get("mp.jwt.verify.audiences"));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
