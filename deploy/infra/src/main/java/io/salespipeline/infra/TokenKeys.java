package io.salespipeline.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RSA key pair that signs tokens where no OIDC issuer exists: tests (one pair per JVM,
 * found again by every class loader through JVM system properties, like the running
 * infrastructure) and the local run (one pair kept in the data directory, readable by its owner
 * only). Services only ever get the public key, the issuer and the audience; there is no switch
 * that turns verification off.
 */
public final class TokenKeys {

    /** The issuer of test tokens. */
    public static final String TEST_ISSUER = "https://issuer.sales-pipeline.test";
    /** The issuer of the local run's tokens (./deploy/token.sh). */
    public static final String LOCAL_ISSUER = "https://issuer.sales-pipeline.local";
    /** The audience ({@code aud}) of every token meant for the sales pipeline's services. */
    public static final String AUDIENCE = "sales-pipeline";

    private static final String PRIVATE_PROPERTY = "sales.infra.jwt.private-key";
    private static final String PUBLIC_FILE_PROPERTY = "sales.infra.jwt.public-key-file";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey privateKey;
    private final Path publicKeyFile;
    private final String issuer;

    private TokenKeys(PrivateKey privateKey, Path publicKeyFile, String issuer) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
        this.issuer = issuer;
    }

    /** The test key pair of this JVM, generated on first use. */
    public static synchronized TokenKeys forTests() {
        String encoded = System.getProperty(PRIVATE_PROPERTY);
        if (encoded == null) {
            KeyPair pair = generate();
            Path file = Path.of("target", "test-jwt-" + ProcessHandle.current().pid(), "public.pem").toAbsolutePath();
            writePem(file, "PUBLIC KEY", pair.getPublic().getEncoded());
            System.setProperty(PUBLIC_FILE_PROPERTY, file.toString());
            System.setProperty(PRIVATE_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            encoded = System.getProperty(PRIVATE_PROPERTY);
        }
        return new TokenKeys(privateKey(Base64.getDecoder().decode(encoded)),
                Path.of(System.getProperty(PUBLIC_FILE_PROPERTY)), TEST_ISSUER);
    }

    /**
     * The local run's key pair in {@code dataDir/jwt}, generated once and kept across restarts.
     * Whoever reads the private key can sign any token: the directory is its owner's only (0700)
     * and the private key readable by its owner only (0600), also when an older run left them open.
     */
    public static TokenKeys local(Path dataDir) {
        Path dir = dataDir.resolve("jwt");
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");
        ownerOnly(dir, OWNER_ONLY_DIRECTORY);
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            KeyPair pair = generate();
            writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
            writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
        }
        ownerOnly(privateFile, OWNER_ONLY_FILE);
        return new TokenKeys(privateKey(readPem(privateFile)), publicFile, LOCAL_ISSUER);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return AUDIENCE;
    }

    /** A valid token of these keys' issuer, for the sales pipeline's audience. */
    public String sign(String subject, List<String> roles, Instant expiresAt) {
        return TokenSigner.sign(privateKey, issuer, AUDIENCE, subject, roles, expiresAt);
    }

    /**
     * What a service needs to verify these tokens: the public key, the issuer and the audience. The key goes
     * inline as well as by file: in test mode smallrye-jwt otherwise installs an in-memory key of
     * its own, and an inline key takes precedence over a location.
     */
    public Map<String, String> serviceConfig() {
        String inline = Base64.getEncoder().encodeToString(readPem(publicKeyFile));
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile.toString(),
                "mp.jwt.verify.publickey", inline,
                "mp.jwt.verify.issuer", issuer,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    /** A fresh pair, for tokens no service trusts (wrong signature). */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            // Created with owner-only permissions, so the key is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Creates {@code path} (a directory) if missing and leaves it, or the existing file, with exactly these permissions. */
    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(path, PosixFilePermissions.asFileAttribute(permissions));
            }
            Files.setPosixFilePermissions(path, permissions); // the umask may have taken bits; an older run left more
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + path + " to its owner", e);
        }
    }

    private static byte[] readPem(Path file) {
        try {
            String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
