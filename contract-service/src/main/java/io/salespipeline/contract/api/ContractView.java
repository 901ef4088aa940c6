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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract as the API shows it, with the hash of its current document and who owns it (sharedWith sorted). */
@Schema(description = "A contract drafted from an accepted proposal: parties, lines, terms, the SHA-256 of its document, "
        + "signatures, the first order, and who works it.")
public record ContractView(
        @Schema(required = true, description = "The contract's id.", examples = "0193a3c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f")
        UUID id,
        @Schema(required = true, description = "The deal (the id every stage shares).",
                examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") UUID dealId,
        @Schema(required = true, description = "The accepted proposal it was drafted from (proposal-service's id).",
                examples = "0193a3c6-7d8e-7f90-a1b2-c3d4e5f6a7b8") UUID proposalId,
        @Schema(required = true, description = "The version of that proposal the customer accepted.", minimum = "1",
                examples = "2") int proposalVersion,
        @Schema(required = true, description = "Where the contract stands.", examples = "SENT_FOR_SIGNATURE")
        ContractStatus status,
        @Schema(required = true, description = "The selling party named on the contract (sales.seller.name).",
                examples = "Acme Sales GmbH") String seller,
        @Schema(required = true, description = "The customer party, as the accepted proposal named it.") Party customer,
        @Schema(required = true, description = "The contract's currency (ISO 4217): the accepted proposal's; every "
                + "amount is in it.", examples = "EUR") String currency,
        @Schema(required = true, description = "The accepted lines, exactly as priced in the proposal (at least one).")
        List<ContractLine> lines,
        @Schema(required = true, description = "The sums of the accepted lines' rounded amounts.") Totals totals,
        @Schema(required = true, description = "The terms and conditions: the terms template's when drafted, "
                + "editable while DRAFT.") Terms terms,
        @Schema(required = true, description = "The version of the terms template the contract was drafted from.",
                minimum = "1", examples = "3") int termsTemplateVersion,
        @Schema(nullable = true, description = "The SHA-256 (hex) of the PDF document sent for signature, which "
                + "every signature commits to. null while DRAFT: a draft's text may still change, and its sending "
                + "fixes the document (GET .../document renders a draft as it reads now, its hash in the ETag).", pattern = "^[0-9a-f]{64}$",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String documentSha256,
        @Schema(required = true, description = "Every signature given, in the order given, including those a "
                + "revision superseded (counts false).") List<SignatureView> signatures,
        @Schema(nullable = true, description = "The customer's first order; null until it is placed.")
        FirstOrder firstOrder,
        @Schema(nullable = true, description = "Why the customer declined to sign; null unless DECLINED.",
                examples = "The customer's board did not approve the budget.") String declineReason,
        @Schema(nullable = true, description = "Why the contract was voided; null unless VOIDED.",
                examples = "Drafted with the wrong legal entity.") String voidReason,
        @Schema(required = true, description = "When the contract was drafted (UTC).", examples = "2026-03-02T09:30:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When it last changed (UTC).", examples = "2026-03-04T15:10:00Z")
        Instant updatedAt,
        @Schema(nullable = true, description = "When it was sent for signature (UTC); null while DRAFT (again, after "
                + "a revision).", examples = "2026-03-03T10:00:00Z") Instant sentAt,
        @Schema(nullable = true, description = "When the second party signed (UTC); null until both have.",
                examples = "2026-03-04T15:10:00Z") Instant signedAt,
        @Schema(nullable = true, description = "When the deal closed (UTC): both signatures and the first order, "
                + "DealClosed published; null until then.", examples = "2026-03-04T15:10:00Z") Instant closedAt,
        @Schema(nullable = true, description = "The seller who works the contract (a token subject); null: unassigned, "
                + "visible to sales managers only.", examples = "sam.seller") String owner,
        @Schema(required = true, description = "The other sellers it is shared with, in name order; empty: nobody.",
                examples = "[\"lea.seller\"]") List<String> sharedWith,
        @Schema(nullable = true, readOnly = true, description = "The company account the deal is for (lead-service's "
                + "account id), as the accepted proposal named it; the order attaches to the account's customer; "
                + "null when not known.", examples = "0193a3c2-9a8b-7c6d-8e5f-4a3b2c1d0e9f") UUID accountId) {

    /**
     * One signature; {@code counts} is false once a revision superseded it; {@code evidence} how it
     * was given (method, link, code checked, IP address, user agent, scan, confirmer).
     */
    @Schema(description = "Evidence of one party's signature: who, in which role, when, and the SHA-256 of the PDF signed.")
    public record SignatureView(
            @Schema(required = true, description = "The party signing.", examples = "CUSTOMER") SignerRole role,
            @Schema(required = true, description = "The signer's full name ([erased] once the person asked to be "
                    + "forgotten).", examples = "Maria Schmidt") String signerName,
            @Schema(nullable = true, format = "email", description = "The signer's e-mail address; null once the "
                    + "person was erased.", examples = "maria.schmidt@acme.example") String signerEmail,
            @Schema(required = true, description = "The SHA-256 (hex) of the PDF bytes signed.", pattern = "^[0-9a-f]{64}$",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String documentSha256,
            @Schema(required = true, description = "When it was signed (UTC).", examples = "2026-03-04T15:10:00Z")
            Instant signedAt,
            @Schema(required = true, description = "false once a revision took the contract back to DRAFT: the party "
                    + "must sign again.") boolean counts,
            @Schema(nullable = true, description = "When a revision superseded it (UTC); null while it counts.",
                    examples = "2026-03-05T09:00:00Z") Instant supersededAt,
            @Schema(nullable = true, description = "How the signature was given: the method (customer link with a "
                    + "one-time code, a confirmed wet-ink scan, or the seller's own), the link, whether the code was "
                    + "checked, IP address, user agent, scan and confirmer; null for a signature from before evidence "
                    + "was kept.") SignatureEvidence evidence) {
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
                List.copyOf(contract.sharedWith()), contract.accountId());
    }
}
