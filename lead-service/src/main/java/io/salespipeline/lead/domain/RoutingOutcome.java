package io.salespipeline.lead.domain;

/** What routing did with a lead: gave it to a seller, or left it in the managers' fallback queue. */
public enum RoutingOutcome {
    ASSIGNED, FALLBACK
}
