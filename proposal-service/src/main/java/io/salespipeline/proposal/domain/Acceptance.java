package io.salespipeline.proposal.domain;

import io.salespipeline.platform.customerlink.LinkEvidence;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.privacy.Erased;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's yes to exactly one version: the customer's person, when, who recorded it (the
 * customer's link, as actor) and the evidence of the link it came through. Present on an ACCEPTED proposal only.
 */
@Embeddable
public class Acceptance {

    private String acceptedBy;
    private Instant acceptedAt;
    private String acceptanceRecordedBy;
    private UUID acceptanceLinkId;
    private String acceptanceIpAddress;
    private String acceptanceUserAgent;

    protected Acceptance() {
        // for JPA
    }

    /** The customer's yes to {@code acceptedVersion}, which must be the proposal's {@code version}. */
    static Acceptance of(String customerPerson, Integer acceptedVersion, int version, LinkEvidence evidence,
            String recordedBy, Instant now) {
        Acceptance acceptance = of(customerPerson, recordedBy, now);
        if (evidence != null) {
            acceptance.acceptanceLinkId = evidence.linkId();
            acceptance.acceptanceIpAddress = evidence.ipAddress();
            acceptance.acceptanceUserAgent = evidence.userAgent();
        }
        Require.present("version", acceptedVersion);
        if (acceptedVersion != version) {
            throw new IllegalTransitionException("proposal", ProposalStatus.SENT, "acceptance", "Version "
                    + acceptedVersion + " was accepted, but this proposal is version " + version + ".");
        }
        return acceptance;
    }

    private static Acceptance of(String customerPerson, String recordedBy, Instant now) {
        Acceptance acceptance = new Acceptance();
        acceptance.acceptedBy = Require.text("acceptedBy", customerPerson, 200);
        acceptance.acceptedAt = now;
        acceptance.acceptanceRecordedBy = recordedBy;
        return acceptance;
    }

    /** The same acceptance with the acceptor's name erased, when the acceptor is that person. */
    Acceptance withoutPerson(CustomerSnapshot customer) {
        if (!customer.names(acceptedBy)) {
            return this;
        }
        Acceptance erased = of(Erased.NAME, acceptanceRecordedBy, acceptedAt);
        erased.acceptanceLinkId = acceptanceLinkId;
        erased.acceptanceIpAddress = acceptanceIpAddress;
        erased.acceptanceUserAgent = acceptanceUserAgent;
        return erased;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptanceRecordedBy() {
        return acceptanceRecordedBy;
    }

    /** Through which link, from where: null for an acceptance recorded before customer links. */
    public LinkEvidence evidence() {
        return acceptanceLinkId == null ? null : new LinkEvidence(acceptanceLinkId, acceptanceIpAddress, acceptanceUserAgent);
    }
}
