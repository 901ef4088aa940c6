package io.salespipeline.platform.customerlink;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.privacy.Erased;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Issues, opens, spends and revokes customer links, in the caller's transaction. A contact has at
 * most one live link per purpose and deal (per record for a purpose that is
 * {@link CustomerLinkPurpose#livePerRecord}): issuing a new one (a revision sent, a link re-issued)
 * revokes the earlier ones. Every issued link is published as the service's
 * {@code CustomerActionRequested} ({@link CustomerActionEvents}) in the same transaction.
 */
@ApplicationScoped
public class CustomerLinks {

    @Inject
    CustomerLinkSettings settings;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    Instance<CustomerActionEvents> events;

    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedLink issue(LinkRequest request) {
        Instant now = clock.instant();
        UUID id = Ids.newId();
        UUID replaced = null;
        for (CustomerLink earlier : CustomerLink.<CustomerLink>list(
                "purpose = ?1 and dealId = ?2 and contactPersonId = ?3 and revokedAt is null and usedAt is null",
                request.purpose(), request.dealId(), request.contact().personId())) {
            if (request.purpose().livePerRecord() && !earlier.recordId().equals(request.recordId())) {
                continue;
            }
            if (earlier.revoke(actor.name(), now, id)) {
                replaced = earlier.id();
            }
        }
        String token = LinkTokens.newToken();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(settings.validFor());
        CustomerLink link = CustomerLink.issue(id, LinkTokens.sha256(token), request, expiresAt, actor.name(), now);
        link.persist();
        URI url = URI.create(settings.publicUrl().replaceAll("/+$", "") + request.purpose().pagePath(token));
        if (!events.isResolvable()) {
            throw new IllegalStateException("A service that issues customer links declares a CustomerActionEvents bean");
        }
        events.get().publish(new RequestedAction(id, request.purpose(), request.dealId(), request.recordId(),
                request.recordVersion(), request.contact(), url, expiresAt, actor.name(), now, replaced));
        return new IssuedLink(id, url, expiresAt, replaced);
    }

    /**
     * A new link in place of this one (same purpose, record, version and contact), which is revoked;
     * {@code expiresAt} null: {@code valid-for} from now. A link forgotten by an erasure is not re-issued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedLink reissue(UUID linkId, Instant expiresAt) {
        CustomerLink link = byId(linkId);
        if (link.contact().email() == null) {
            throw new IllegalTransitionException("customer link", link.state(clock.instant()), "re-issue",
                    "The link's contact has no e-mail address (or was erased): a new link could not reach them.");
        }
        return issue(new LinkRequest(link.purpose(), link.dealId(), link.recordId(), link.recordVersion(),
                link.contact(), expiresAt));
    }

    /** Revokes a live link; answers whether it was live. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean revoke(UUID linkId) {
        return byId(linkId).revoke(actor.name(), clock.instant(), null);
    }

    /** Revokes every live link of the record for this purpose (the record was withdrawn, superseded, ...). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(CustomerLinkPurpose purpose, UUID recordId) {
        Instant now = clock.instant();
        return (int) CustomerLink.<CustomerLink>list("purpose = ?1 and recordId = ?2", purpose, recordId).stream()
                .filter(link -> link.revoke(actor.name(), now, null)).count();
    }

    /** The live link of this token and purpose, to show its page; unknown, expired, used or revoked: refused. */
    @Transactional
    public CustomerLink open(String token, CustomerLinkPurpose purpose) {
        return find(token, purpose, LockModeType.NONE).requireLive(clock.instant());
    }

    /**
     * The link of this token and purpose, to read (never to act on) what it is for: a live one, or a
     * used one within {@code sales.customer-links.readable-after-use} of its use whose contact was not
     * forgotten; unknown, expired or revoked: refused. The act itself stays single-use ({@link #use}).
     */
    @Transactional
    public CustomerLink openToRead(String token, CustomerLinkPurpose purpose) {
        return find(token, purpose, LockModeType.NONE).requireReadable(clock.instant(), settings.readableAfterUse());
    }

    /**
     * Spends the link for its act, locked until the caller's transaction ends: a second use waits and
     * is then refused as used. The act failing rolls the transaction back, and the link stays live.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustomerLink use(String token, CustomerLinkPurpose purpose) {
        CustomerLink link = find(token, purpose, LockModeType.PESSIMISTIC_WRITE);
        link.use(clock.instant());
        return link;
    }

    /** The links issued for a record, newest first, as the seller may see them. */
    @Transactional
    public List<CustomerLinkView> forRecord(CustomerLinkPurpose purpose, UUID recordId) {
        Instant now = clock.instant();
        return CustomerLink.<CustomerLink>list("purpose = ?1 and recordId = ?2 order by issuedAt desc, id desc",
                purpose, recordId).stream().map(link -> CustomerLinkView.of(link, now)).toList();
    }

    /** The links issued for a deal's records, newest first, as staff may see them. */
    @Transactional
    public List<CustomerLinkView> forDeal(CustomerLinkPurpose purpose, UUID dealId) {
        Instant now = clock.instant();
        return CustomerLink.<CustomerLink>list("purpose = ?1 and dealId = ?2 order by issuedAt desc, id desc",
                purpose, dealId).stream().map(link -> CustomerLinkView.of(link, now)).toList();
    }

    /** Forgets the contact person of every link of these deals (erasure) and revokes them; answers how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetContacts(Collection<UUID> dealIds) {
        if (dealIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<CustomerLink> links = CustomerLink.list("dealId in ?1 and contactName <> ?2", dealIds, Erased.NAME);
        links.forEach(link -> link.forgetContact(now));
        return links.size();
    }

    public CustomerLink byId(UUID linkId) {
        CustomerLink link = CustomerLink.findById(linkId);
        if (link == null) {
            throw new RecordNotFoundException("customer link", linkId);
        }
        return link;
    }

    private CustomerLink find(String token, CustomerLinkPurpose purpose, LockModeType lock) {
        if (!LinkTokens.wellFormed(token)) {
            throw CustomerLinkException.unknown();
        }
        CustomerLink link = CustomerLink.<CustomerLink>find("tokenSha256", LinkTokens.sha256(token)).withLock(lock)
                .firstResult();
        if (link == null || link.purpose() != purpose) {
            throw CustomerLinkException.unknown();
        }
        return link;
    }
}
