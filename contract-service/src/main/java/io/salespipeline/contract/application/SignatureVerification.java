package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.Signature;
import io.salespipeline.contract.domain.SignerRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of recomputing a contract's document hash and checking each signature against it.
 * {@code valid}: the recomputed hash is the stored one and every signature that counts carries it.
 * Superseded signatures (given before a revision) are listed but do not count.
 */
@Schema(description = "The contract's signatures checked against its document rendered again now.")
public record SignatureVerification(
        @Schema(required = true, description = "The contract checked.", examples = "0193a3c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f")
        UUID contractId,
        @Schema(required = true, description = "The contract's status.", examples = "SIGNED") ContractStatus status,
        @Schema(required = true, description = "The SHA-256 (hex) of the document rendered again now from the "
                + "stored lines and terms.", pattern = "^[0-9a-f]{64}$",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String documentSha256,
        @Schema(nullable = true, description = "The SHA-256 (hex) of the document sent for signature; null while "
                + "DRAFT (nothing is fixed to sign yet).", pattern = "^[0-9a-f]{64}$",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String storedDocumentSha256,
        @Schema(required = true, description = "true when the two hashes are the same: the contract's document has "
                + "not changed since it was sent (false for a draft).") boolean documentUnchanged,
        @Schema(required = true, description = "true when the document is unchanged and every signature that counts "
                + "carries its hash.") boolean valid,
        @Schema(required = true, description = "Every signature, in the order given, with the outcome of its check.")
        List<Checked> signatures) {

    /** One signature: the hash it carries, whether it still matches the document, whether it counts. */
    @Schema(description = "One signature and whether it still matches the document.")
    public record Checked(
            @Schema(required = true, description = "The party that signed.", examples = "SELLER") SignerRole role,
            @Schema(required = true, description = "The signer's full name ([erased] once the person asked to be "
                    + "forgotten).", examples = "Sam Seller") String signerName,
            @Schema(nullable = true, format = "email", description = "The signer's e-mail address; null once erased.",
                    examples = "sam.seller@acme-sales.example") String signerEmail,
            @Schema(required = true, description = "When it was signed (UTC).", examples = "2026-03-03T11:20:00Z")
            Instant signedAt,
            @Schema(required = true, description = "The SHA-256 (hex) of the PDF the signer committed to.",
                    pattern = "^[0-9a-f]{64}$",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String documentSha256,
            @Schema(required = true, description = "true when that hash is the document's rendered again now.")
            boolean matches,
            @Schema(required = true, description = "false once a revision superseded the signature (it is listed as "
                    + "evidence but does not count).") boolean counts,
            @Schema(nullable = true, description = "When a revision superseded it (UTC); null while it counts.",
                    examples = "2026-03-05T09:00:00Z") Instant supersededAt) {

        static Checked of(Signature signature, String recomputed) {
            return new Checked(signature.role(), signature.signerName(), signature.signerEmail(),
                    signature.signedAt(), signature.documentSha256(),
                    signature.documentSha256().equalsIgnoreCase(recomputed), signature.counts(),
                    signature.supersededAt());
        }
    }

    static SignatureVerification of(Contract contract, String recomputed, List<Checked> checked) {
        boolean unchanged = recomputed.equals(contract.documentSha256());
        boolean valid = unchanged && checked.stream().filter(Checked::counts).allMatch(Checked::matches);
        return new SignatureVerification(contract.id(), contract.status(), recomputed, contract.documentSha256(),
                unchanged, valid, checked);
    }
}
