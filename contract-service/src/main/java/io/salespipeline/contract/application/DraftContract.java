package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.ContractLine;
import io.salespipeline.contract.domain.Party;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing;
import java.util.List;
import java.util.UUID;

/**
 * Draft the contract of an accepted proposal: its version, customer and priced lines, and the
 * deal's ownership ({@code owner} null: unassigned; {@code sharedWith} never null) and where the
 * deal came from ({@code attribution}, null: not known) and what the seller learned and promised
 * ({@code briefing}, null: the acceptance did not say) and the company account it is for
 * ({@code accountId}, null: not known).
 */
public record DraftContract(UUID proposalId, int proposalVersion, Party customer, String currency,
        List<ContractLine> lines, String owner, List<String> sharedWith, Attribution attribution,
        DealBriefing briefing, UUID accountId) {

    /** Without what the seller learned and promised (an acceptance that did not say). */
    public DraftContract(UUID proposalId, int proposalVersion, Party customer, String currency,
            List<ContractLine> lines, String owner, List<String> sharedWith, Attribution attribution) {
        this(proposalId, proposalVersion, customer, currency, lines, owner, sharedWith, attribution, null, null);
    }
}
