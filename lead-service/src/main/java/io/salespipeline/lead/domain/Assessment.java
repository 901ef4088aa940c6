package io.salespipeline.lead.domain;

import java.time.Instant;

/** The seller's judgement whether the lead is a viable candidate to buy, with reasons. */
public record Assessment(boolean viable, String reasons, String assessedBy, Instant assessedAt) {
}
