package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.ContractLine;
import io.salespipeline.contract.domain.ContractStatus;
import io.salespipeline.contract.domain.FirstOrder;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.contract.domain.Signature;
import io.salespipeline.contract.domain.SignatureEvidence;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.contract.domain.Terms;
import io.salespipeline.contract.domain.Totals;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contract as the API shows it, with the hash of its current document and who owns it (sharedWith sorted). */
public record ContractView(UUID id, UUID dealId, UUID proposalId, int proposalVersion, ContractStatus status,
        String seller, Party customer, String currency, List<ContractLine> lines, Totals totals, Terms terms,
        int termsTemplateVersion, String documentSha256, List<SignatureView> signatures, FirstOrder firstOrder,
        String declineReason, String voidReason, Instant createdAt, Instant updatedAt, Instant sentAt,
        Instant signedAt, Instant closedAt, String owner, List<String> sharedWith) {

    /**
     * One signature; {@code counts} is false once a revision superseded it; {@code evidence} how it
     * was given (method, link, code checked, IP address, user agent, scan, confirmer).
     */
    public record SignatureView(SignerRole role, String signerName, String signerEmail, String documentSha256,
            Instant signedAt, boolean counts, Instant supersededAt, SignatureEvidence evidence) {
        static SignatureView of(Signature signature) {
            return new SignatureView(signature.role(), signature.signerName(), signature.signerEmail(),
                    signature.documentSha256(), signature.signedAt(), signature.counts(), signature.supersededAt(),
                    signature.evidence());
        }
    }

    public static ContractView of(Contract contract) {
        return new ContractView(contract.id(), contract.dealId(), contract.proposalId(), contract.proposalVersion(),
                contract.status(), contract.sellerName(), contract.customer(), contract.currency(), contract.lines(),
                contract.totals(), contract.terms(), contract.termsTemplateVersion(), contract.documentSha256(),
                contract.signatures().stream().map(SignatureView::of).toList(), contract.firstOrder(),
                contract.declineReason(), contract.voidReason(), contract.createdAt(), contract.updatedAt(),
                contract.sentAt(), contract.signedAt(), contract.closedAt(), contract.owner(),
                List.copyOf(contract.sharedWith()));
    }
}
