package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a prospect still lacks for a proposal: a code for clients (problem member "missing") and words for people. */
public enum Missing {
    PROFILE("profile", "the profile (industry, company size, business model, decision makers), "
            + "which moves the prospect from RAPPORT to ORIENTATION"),
    PROCUREMENT("procurement", "the procurement procedure"),
    FORMAL_RFP("formalRfp", "the formal RFP path: the procurement procedure FORMAL_RFP, with its deadline and "
            + "approval steps"),
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

    /** The step a code names (as configured per segment), or null for an unknown code. */
    public static Missing ofCode(String code) {
        for (Missing step : values()) {
            if (step.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return step;
            }
        }
        return null;
    }

    /**
     * What a prospect still needs for a proposal among the steps its segment requires, in the order
     * the seller would supply them; empty when ready.
     */
    static List<Missing> forProposal(Set<Missing> required, ProspectStatus status, Orientation orientation,
            List<Application> applications) {
        List<Missing> missing = new ArrayList<>();
        // Recording the profile is what moves RAPPORT to ORIENTATION, so naming it names both.
        if (required.contains(PROFILE) && (status == ProspectStatus.RAPPORT || orientation == null)) {
            missing.add(PROFILE);
        }
        if (required.contains(PROCUREMENT) && orientation == null) {
            missing.add(PROCUREMENT);
        }
        if (required.contains(FORMAL_RFP)
                && (orientation == null || orientation.procurement().procedure() != ProcurementProcedure.FORMAL_RFP)) {
            missing.add(FORMAL_RFP);
        }
        if (required.contains(QUANTIFIED_APPLICATION) && applications.stream().noneMatch(Application::isQuantified)) {
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
