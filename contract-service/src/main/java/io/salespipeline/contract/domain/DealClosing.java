package io.salespipeline.contract.domain;

import java.util.UUID;

/**
 * When a sale is complete: a deal closes when the proposal is accepted, both signatures are in
 * and the first order is placed. The signatures and the order may come in either order; the
 * last of the three closes the deal. Signatures superseded by a revision do not count.
 */
public final class DealClosing {

    private DealClosing() {
    }

    /**
     * Whether the three facts hold. A contract is drafted only from an accepted proposal, so it
     * passes that proposal's id.
     */
    public static boolean isMet(UUID acceptedProposalId, Signatures signatures, FirstOrder firstOrder) {
        return acceptedProposalId != null && signatures.complete() && firstOrder != null;
    }
}
