package io.salespipeline.contract.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;

/** The SHA-256 of the contract's PDF as rendered now: what every signer commits to. */
final class DocumentHash {

    private DocumentHash() {
    }

    /** A hash the renderer computed: 64 lower-case hex digits. */
    static String rendered(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a document hash is 64 lower-case hex digits");
        }
        return sha256;
    }

    /** Nobody is asked to sign, nor signs, a document that was not rendered from what the contract says now. */
    static void requireRendered(String current) {
        if (current == null) {
            throw new IllegalStateException("the contract document must be rendered before it is sent or signed");
        }
    }

    /** A signer who read another text (the hash they send differs) is refused. */
    static void requireSeen(ContractStatus status, String seen, String current) {
        if (!seen.strip().equalsIgnoreCase(current)) {
            throw new IllegalTransitionException("contract", status, "signature",
                    "The document signed (SHA-256 " + seen + ") is not the contract's current document ("
                            + current + "); read it again before signing.");
        }
    }
}
