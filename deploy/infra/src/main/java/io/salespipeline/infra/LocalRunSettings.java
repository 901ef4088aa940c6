package io.salespipeline.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** What ./deploy/run-local.sh tells {@link LocalRun}: where, on which ports, and whether to start empty. */
record LocalRunSettings(Path root, Path dataDir, int postgresPort, int kafkaPort, int controllerPort, int firstPort,
        String httpHost, String corsOrigins, boolean reset, boolean aotCache) {

    static LocalRunSettings parse(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        int postgresPort = 5432;
        int kafkaPort = 9092;
        int controllerPort = 9093;
        int firstPort = 8081;
        String httpHost = "127.0.0.1";
        String corsOrigins = "http://localhost:3000";
        boolean reset = false;
        boolean aotCache = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--postgres-port" -> postgresPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                case "--first-port" -> firstPort = Integer.parseInt(args[++i]);
                case "--http-host" -> httpHost = args[++i];
                case "--cors-origins" -> corsOrigins = args[++i];
                case "--reset" -> reset = true;
                case "--no-aot-cache" -> aotCache = false;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        return new LocalRunSettings(root, dataDir, postgresPort, kafkaPort, controllerPort, firstPort, httpHost,
                corsOrigins, reset, aotCache);
    }

    /** Every port the stack listens on is free, or the launcher says which is not and exits. */
    void requireFreePorts() {
        java.util.List<Integer> ports = new java.util.ArrayList<>(java.util.List.of(postgresPort, kafkaPort, controllerPort));
        for (int i = 0; i < LocalRun.SERVICES.size(); i++) {
            ports.add(firstPort + i);
            ports.add(firstPort + i + 1000);
        }
        for (int port : ports) {
            if (Ports.inUse(port)) {
                System.out.println("Port " + port + " is in use: stop what holds it or choose other ports.");
                System.exit(3);
            }
        }
    }

    /**
     * lead-service signs web-form tokens with a secret of this installation (it does not start
     * without one): made once, kept in the data directory, readable by its owner only.
     */
    static Path webFormSecret(Path dataDir) throws IOException {
        Path secret = dataDir.resolve("web-forms/token-secret");
        if (!Files.exists(secret) || Files.size(secret) == 0) {
            Files.createDirectories(secret.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.deleteIfExists(secret);
            Files.createFile(secret, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(secret, HexFormat.of().formatHex(random));
        }
        return secret;
    }
}
