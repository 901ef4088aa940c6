package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.util.ArrayList;
import java.util.List;

/** What a prospect still lacks for a proposal: a code for clients (problem member "missing") and words for people. */
public enum Missing {
    PROFILE("profile", "the profile (industry, company size, business model, decision makers), "
            + "which moves the prospect from RAPPORT to ORIENTATION"),
    PROCUREMENT("procurement", "the procurement procedure"),
    QUANTIFIED_APPLICATION("quantifiedApplication",
            "at least one application with a quantified cost saving or time saving");

    private final String code;
    private final String description;

    Missing(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** What a prospect still needs for a proposal, in the order the seller would supply it; empty when ready. */
    static List<Missing> forProposal(ProspectStatus status, Orientation orientation, List<Application> applications) {
        List<Missing> missing = new ArrayList<>();
        // Recording the profile is what moves RAPPORT to ORIENTATION, so naming it names both.
        if (status == ProspectStatus.RAPPORT || orientation == null) {
            missing.add(PROFILE);
        }
        if (orientation == null) {
            missing.add(PROCUREMENT);
        }
        if (applications.stream().noneMatch(Application::isQuantified)) {
            missing.add(QUANTIFIED_APPLICATION);
        }
        return missing;
    }

    /** The refusal that names exactly what is missing, in words and as codes (problem member "missing"). */
    static IllegalTransitionException notReady(ProspectStatus status, List<Missing> missing) {
        return new IllegalTransitionException("prospect", status, "readiness",
                "The prospect is not ready for a proposal; missing: "
                        + String.join("; ", missing.stream().map(Missing::description).toList()) + ".")
                .with("missing", missing.stream().map(Missing::code).toList());
    }
}
