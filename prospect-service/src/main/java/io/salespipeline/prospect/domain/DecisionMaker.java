package io.salespipeline.prospect.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person at the prospect who takes part in the buying decision. */
@Schema(description = "A person at the prospect who takes part in the buying decision.")
public record DecisionMaker(
        @Schema(required = true, description = "The person's name.", examples = "Grace Hopper") String name,
        @Schema(required = true, description = "Their role in the decision or the company.", examples = "CFO") String role,
        @Schema(required = true, description = "How much weight they carry.") Influence influence) {

    public DecisionMaker {
        name = Require.text("decisionMakers.name", name, 200);
        role = Require.text("decisionMakers.role", role, 200);
        Require.present("decisionMakers.influence", influence);
    }
}
