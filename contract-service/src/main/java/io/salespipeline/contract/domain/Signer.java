package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;

/** Who signs, in which role, and the SHA-256 of the document they read (any case of hex digits). */
record Signer(SignerRole role, String name, String email, String seenSha256) {

    Signer {
        Require.present("role", role);
        name = Require.text("signerName", name, 200);
        email = Require.text("signerEmail", email, 320);
        seenSha256 = Require.text("documentSha256", seenSha256, 64);
        if (!seenSha256.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInputException("documentSha256", "must be the 64 hex digits of a SHA-256");
        }
    }
}
