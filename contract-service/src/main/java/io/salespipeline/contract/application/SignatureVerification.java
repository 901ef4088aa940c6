package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.Signature;
import io.salespipeline.contract.domain.SignerRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of recomputing a contract's document hash and checking each signature against it.
 * {@code valid}: the recomputed hash is the stored one and every signature that counts carries it.
 * Superseded signatures (given before a revision) are listed but do not count.
 */
public record SignatureVerification(UUID contractId, ContractStatus status, String documentSha256,
        String storedDocumentSha256, boolean documentUnchanged, boolean valid, List<Checked> signatures) {

    /** One signature: the hash it carries, whether it still matches the document, whether it counts. */
    public record Checked(SignerRole role, String signerName, String signerEmail, Instant signedAt,
            String documentSha256, boolean matches, boolean counts, Instant supersededAt) {

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
