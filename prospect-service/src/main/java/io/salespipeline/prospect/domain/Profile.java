package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.util.List;

/** What the seller learned about the prospect's business and culture, and who decides. */
public record Profile(String industry, String companySize, String businessModel, String cultureNotes,
        List<DecisionMaker> decisionMakers) {

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
