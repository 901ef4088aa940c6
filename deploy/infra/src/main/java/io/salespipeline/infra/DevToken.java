package io.salespipeline.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Dev-only: prints a bearer token for the local run (./deploy/token.sh), signed with the key pair
 * the local run keeps in its data directory, for the audience the services expect
 * ({@value TokenKeys#AUDIENCE}). Production tokens come from the OIDC issuer.
 *
 * <p>Arguments: {@code --data-dir DIR <role> [subject]}; roles: seller, sales-manager, support, admin.
 */
public final class DevToken {

    public static final Map<String, String> SUBJECTS = Map.of(
            "seller", "sam.seller", "sales-manager", "max.manager", "support", "ana.support", "admin", "ada.admin");

    private DevToken() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || !"--data-dir".equals(args[0]) || !SUBJECTS.containsKey(args[2])) {
            System.err.println("usage: token.sh <seller|sales-manager|support|admin> [subject]");
            System.exit(2);
        }
        String role = args[2];
        String subject = args.length > 3 ? args[3] : SUBJECTS.get(role);
        TokenKeys keys = TokenKeys.local(Path.of(args[1]));
        System.out.println(keys.sign(subject, List.of(role), Instant.now().plus(Duration.ofHours(8))));
    }
}
