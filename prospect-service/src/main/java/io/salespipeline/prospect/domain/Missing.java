package io.salespipeline.prospect.domain;

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
}
