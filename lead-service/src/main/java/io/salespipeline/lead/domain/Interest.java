package io.salespipeline.lead.domain;

import java.time.Instant;

/** The contact's expressed interest in learning more: by which channel, when, and in what. */
public record Interest(InterestChannel channel, Instant expressedAt, String topics, String recordedBy,
        Instant recordedAt) {
}
