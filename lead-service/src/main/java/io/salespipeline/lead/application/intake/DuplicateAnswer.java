package io.salespipeline.lead.application.intake;

import io.salespipeline.lead.domain.DuplicateLeadException;
import io.salespipeline.platform.security.Visibility;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * What a caller is told about the lead a new arrival duplicates: its id and what matched only if
 * the caller may see that lead (its owner, someone it is shared with, a sales manager), so a 409
 * never hands out the id of another seller's lead. Integrations see no lead, so they are never
 * told one. Taken on the request's thread; the answer may be decided on another.
 */
record DuplicateAnswer(boolean integration, Optional<String> viewer) {

    static DuplicateAnswer forCaller(Visibility visibility) {
        return new DuplicateAnswer(visibility.isIntegration(), visibility.restrictedTo());
    }

    DuplicateLeadException refusal(UUID existingLeadId, String matchedOn, String owner, Collection<String> sharedWith) {
        boolean sees = !integration && (viewer.isEmpty() || viewer.get().equals(owner) || sharedWith.contains(viewer.get()));
        return sees ? DuplicateLeadException.naming(existingLeadId, matchedOn) : DuplicateLeadException.unnamed();
    }
}
