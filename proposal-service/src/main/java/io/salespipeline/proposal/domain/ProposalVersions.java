package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one deal's proposal, oldest first, and the rules that span them:
 * <ul>
 * <li>A sent proposal never changes; a revision is the next version: a new draft with its own id,
 * the same lines as offered, while a still-open SENT version becomes SUPERSEDED
 * ({@link Proposal#revise}).
 * <li>Only the latest version is revised.
 * <li>Ownership belongs to every version of a deal: a revision keeps it, and a hand-over that
 * names an owner re-owns (and re-shares) every version.
 * <li>The prospect's first hand-over drafts version 1. A later one, newer than the latest
 * version's "no" (rejected or expired), drafts the next version on the new basis; any other
 * hand-over (a repeat, or one older than the answer) changes nothing.
 * </ul>
 */
public final class ProposalVersions {

    private final List<Proposal> versions;

    private ProposalVersions(List<Proposal> versions) {
        this.versions = List.copyOf(versions);
    }

    /** The deal's versions, in version order. */
    public static ProposalVersions of(List<Proposal> oldestFirst) {
        return new ProposalVersions(oldestFirst);
    }

    public List<Proposal> all() {
        return versions;
    }

    public Optional<Proposal> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The next version of the given one, which must be the latest. */
    public Proposal revise(Proposal proposal, int validityDays, String actor, Instant now) {
        Proposal latest = latest().orElse(proposal);
        if (latest.version() != proposal.version()) {
            throw new IllegalTransitionException("proposal", proposal.status(), "revision", "Version "
                    + proposal.version() + " is not the latest: revise version " + latest.version() + " ("
                    + latest.id() + ").").with("latestVersion", latest.version()).with("latestId", latest.id());
        }
        return proposal.revise(validityDays, actor, now);
    }

    /** What a hand-over did: drafted the first version, drafted the next one, or nothing (the latest stands). */
    public record Drafted(Proposal proposal, Outcome outcome) {

        public enum Outcome { FIRST_VERSION, NEXT_VERSION, UNCHANGED }
    }

    /** Applies the prospect's hand-over to the deal's versions; a drafted version still has to be stored. */
    public Drafted handOver(Handover handover, OfferTerms offerTerms, String actor, Instant now) {
        Optional<Proposal> latest = latest();
        if (latest.isEmpty()) {
            return new Drafted(Proposal.draft(handover, offerTerms, actor, now), Drafted.Outcome.FIRST_VERSION);
        }
        Proposal answered = latest.get();
        Instant answeredAt = answeredAt(answered);
        if (answeredAt == null || (handover.readyAt() != null && handover.readyAt().isBefore(answeredAt))) {
            return new Drafted(answered, Drafted.Outcome.UNCHANGED);
        }
        Proposal next = answered.revise(offerTerms.validityDays(), actor, now);
        next.rebase(handover, now);
        if (handover.owner() != null) {
            // The deal may have been reassigned while it was back with the prospect.
            List<Proposal> every = new ArrayList<>(versions);
            every.add(next);
            for (Proposal version : every) {
                version.assignOwner(handover.owner(), now);
                version.shareWith(handover.sharedWith(), now);
            }
        }
        return new Drafted(next, Drafted.Outcome.NEXT_VERSION);
    }

    /** When the customer's "no" came: rejected or expired; null while there is no such answer. */
    private static Instant answeredAt(Proposal proposal) {
        return switch (proposal.status()) {
            case REJECTED -> proposal.rejection().rejectedAt();
            case EXPIRED -> proposal.expiredAt();
            default -> null;
        };
    }
}
