package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;

/** A person at the prospect who takes part in the buying decision. */
public record DecisionMaker(String name, String role, Influence influence) {

    public DecisionMaker {
        name = Require.text("decisionMakers.name", name, 200);
        role = Require.text("decisionMakers.role", role, 200);
        Require.present("decisionMakers.influence", influence);
    }
}
