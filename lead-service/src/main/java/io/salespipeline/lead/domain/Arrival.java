package io.salespipeline.lead.domain;

/** What routing knows of a new lead: the way it came in ({@code ref}: which form, key or import) and its country. */
public record Arrival(RoutingWay way, String ref, String country) {
}
