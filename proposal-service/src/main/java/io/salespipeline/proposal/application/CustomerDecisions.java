package io.salespipeline.proposal.application;

import io.salespipeline.platform.customerlink.CustomerLink;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import io.salespipeline.platform.customerlink.IssuedLink;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.customerlink.LinkContact;
import io.salespipeline.platform.customerlink.LinkRequest;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.platform.customerlink.LinkEvidence;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalExpiredException;
import io.salespipeline.proposal.events.ProposalAccepted;
import io.salespipeline.proposal.events.ProposalRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The customer's decision on a sent version, through the link its contact was given: the link is
 * issued when the version is sent, opens its page, and is spent by the acceptance or rejection of
 * exactly the version it was issued for. The seller never decides for the customer.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class CustomerDecisions {

    static final CustomerLinkPurpose PURPOSE = CustomerLinkPurpose.PROPOSAL_DECISION;
    private static final Logger LOG = Logger.getLogger(CustomerDecisions.class);

    /** What the customer's page shows: the link and the version it is for. */
    public record Decision(CustomerLink link, Proposal proposal) {
    }

    @Inject
    CustomerLinks links;

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    StageLedger stages;

    @Inject
    ProposalUseCases proposals;

    /**
     * A link for the customer's contact to decide on this sent version, until the end of its
     * validity (UTC); a link the contact had for an earlier version is revoked. Joins the sending's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void linkFor(Proposal proposal) {
        Customer customer = proposal.customer();
        // The contact is known here as the prospect's contact person (the deal's, before prospects named theirs).
        UUID person = proposal.prospectId() != null ? proposal.prospectId() : proposal.dealId();
        Instant expiresAt = proposal.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        links.issue(new LinkRequest(PURPOSE, proposal.dealId(), proposal.id(), proposal.version(),
                new LinkContact(person, customer.contactName(), customer.contactEmail()), expiresAt));
    }

    /** The links issued for this version, as its seller may see them (never a token or URL). */
    @Transactional
    public List<CustomerLinkView> links(UUID proposalId) {
        return links.forRecord(PURPOSE, proposals.get(proposalId).id());
    }

    /**
     * The seller re-sends the customer's link for a sent version (the e-mail was lost, the link
     * expired with a validity since extended, ...): a new token, the old link revoked, published again.
     */
    @Transactional
    public CustomerLinkView reissue(UUID proposalId, UUID linkId) {
        Proposal proposal = proposals.get(proposalId);
        CustomerLink link = linkOf(proposal, linkId);
        proposal.requireSent("link re-issue");
        Instant expiresAt = proposal.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        IssuedLink issued = links.reissue(link.id(), expiresAt);
        return CustomerLinkView.of(links.byId(issued.linkId()), Instant.now());
    }

    /** The seller withdraws a link (sent to the wrong person, ...); a used or expired one keeps its state. */
    @Transactional
    public CustomerLinkView revoke(UUID proposalId, UUID linkId) {
        CustomerLink link = linkOf(proposals.get(proposalId), linkId);
        links.revoke(link.id());
        return CustomerLinkView.of(link, Instant.now());
    }

    private CustomerLink linkOf(Proposal proposal, UUID linkId) {
        CustomerLink link = links.byId(linkId);
        if (link.purpose() != PURPOSE || !link.recordId().equals(proposal.id())) {
            throw new RecordNotFoundException("customer link", linkId);
        }
        return link;
    }

    /** The live link's page: the version it is for. Unknown, expired, used or revoked links are refused (404/410). */
    @Transactional
    public Decision open(String token) {
        CustomerLink link = links.open(token, PURPOSE);
        return new Decision(link, Proposal.<Proposal>findById(link.recordId()));
    }

    /**
     * The version the link is for, to read its document: while the link is live, and after the
     * customer's decision spent it (they may download again what they decided on); expired, revoked
     * or unknown links are refused (410/404). Deciding again stays refused: {@link #accept}, {@link #reject}.
     */
    @Transactional
    public Proposal toRead(String token) {
        return Proposal.<Proposal>findById(links.openToRead(token, PURPOSE).recordId());
    }

    /**
     * The customer accepts the version their link is for ({@code version} must be it). An expired
     * proposal is refused and kept EXPIRED; the link is spent only by a recorded acceptance.
     */
    @Transactional(dontRollbackOn = ProposalExpiredException.class)
    public Proposal accept(String token, Integer version, String ipAddress, String userAgent) {
        CustomerLink link = links.open(token, PURPOSE);
        Proposal proposal = Proposal.findById(link.recordId());
        actor.actAs("customer-link:" + link.id());
        try {
            proposal.accept(link.contact().name(), version, new LinkEvidence(link.id(), ipAddress, userAgent),
                    actor.name(), Instant.now());
        } catch (ProposalExpiredException expired) {
            try {
                proposals.recordExpiry(proposal);
                Proposal.flush();
            } catch (OptimisticLockException alreadyExpired) {
                LOG.debugf("Proposal %s was expired concurrently", proposal.id());
            }
            throw expired;
        }
        links.use(token, PURPOSE); // locked: a second submission waits, then finds the link used
        ProposalAccepted accepted = ProposalEvents.accepted(proposal);
        outbox.publish(ProposalAccepted.TOPIC, ProposalAccepted.TYPE, accepted.dealId(), accepted);
        stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.FORWARD, null, accepted.acceptedAt());
        return proposal;
    }

    /** The customer rejects the version their link is for, with a reason: the deal goes back to the prospect stage. */
    @Transactional
    public Proposal reject(String token, Integer version, String reason, String ipAddress, String userAgent) {
        CustomerLink link = links.open(token, PURPOSE);
        Proposal proposal = Proposal.findById(link.recordId());
        actor.actAs("customer-link:" + link.id());
        proposal.requireVersion(version, "rejection");
        proposal.reject(reason, new LinkEvidence(link.id(), ipAddress, userAgent), actor.name(), Instant.now());
        links.use(token, PURPOSE);
        ProposalRejected rejected = ProposalEvents.rejected(proposal);
        outbox.publish(ProposalRejected.TOPIC, ProposalRejected.TYPE, rejected.dealId(), rejected);
        stages.left(proposal.dealId(), proposal.dealId(), StageOutcome.RETURNED, rejected.reason(), rejected.rejectedAt());
        return proposal;
    }
}
