package io.salespipeline.prospect.application;

import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.Qualification;
import io.salespipeline.prospect.domain.Source;
import java.util.Set;
import java.util.UUID;

/**
 * Open the prospect of a qualified lead: the lead's snapshot and the deal's ownership
 * ({@code owner} null: visible to sales managers only; {@code sharedWith} null: shared with nobody)
 * and the company account the deal is for ({@code accountId} null: not known); {@code previousDealId}:
 * the deal this one follows, whose prospect's profile is copied forward (null: the lead's first deal).
 */
public record OpenProspect(UUID leadId, Contact contact, Source source, Qualification qualification, String owner,
        Set<String> sharedWith, UUID accountId, UUID previousDealId) {
}
