package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the seller learned about the prospect's business and culture, and who decides. */
@Schema(description = "What the seller learned about the prospect's business and culture, and who decides.")
public record Profile(
        @Schema(required = true, description = "The prospect's industry.", examples = "Industrial machinery") String industry,
        @Schema(required = true, description = "The company's size, as the seller puts it (employees, revenue band).",
                examples = "250-500 employees") String companySize,
        @Schema(required = true, description = "How the prospect makes its money.",
                examples = "Builds and services packaging lines for food producers") String businessModel,
        @Schema(nullable = true, description = "How the prospect works and decides, in the seller's words; null when none.",
                examples = "Consensus-driven; the plant managers have a strong say.") String cultureNotes,
        @Schema(required = true, description = "The people who take part in the buying decision (at most 50); empty when "
                + "none is known.") List<DecisionMaker> decisionMakers) {

    static final int MAX_DECISION_MAKERS = 50;

    public Profile {
        industry = Require.text("industry", industry, 200);
        companySize = Require.text("companySize", companySize, 100);
        businessModel = Require.text("businessModel", businessModel, 4000);
        cultureNotes = Require.optionalText("cultureNotes", cultureNotes, 10_000);
        decisionMakers = decisionMakers == null ? List.of() : List.copyOf(decisionMakers);
        if (decisionMakers.size() > MAX_DECISION_MAKERS) {
            throw new InvalidInputException("decisionMakers", "must list at most " + MAX_DECISION_MAKERS);
        }
    }
}
