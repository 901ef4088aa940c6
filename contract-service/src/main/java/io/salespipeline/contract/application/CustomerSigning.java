package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.OneTimeCodePolicy;
import io.salespipeline.contract.domain.SignatureEvidence;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.contract.domain.SigningCode;
import io.salespipeline.contract.events.SigningCodeSent;
import io.salespipeline.platform.customerlink.CustomerLink;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The customer signs the contract on their signing link's page: they read the stored PDF, type
 * their name, confirm its SHA-256 and enter the one-time code e-mailed to their contact address
 * (a second factor the seller never sees). The evidence names the link, the code check, IP
 * address, user agent and the document hash.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class CustomerSigning {

    static final CustomerLinkPurpose PURPOSE = CustomerLinkPurpose.CONTRACT_SIGNATURE;

    /** What the page shows: the link, its contract, and whether a code is out for it. */
    public record Signing(CustomerLink link, Contract contract, Optional<SigningCode> code) {
    }

    @Inject
    CustomerLinks links;

    @Inject
    ContractUseCases contracts;

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    OneTimeCodePolicy policy = OneTimeCodePolicy.STANDARD;

    /** The live link's page. Unknown, expired, used or revoked links are refused (404/410). */
    @Transactional
    public Signing open(String token) {
        CustomerLink link = links.open(token, PURPOSE);
        Contract contract = contracts.current(Contract.findById(link.recordId()));
        return new Signing(link, contract, newestCode(link));
    }

    /**
     * A new one-time code for this link (an earlier one stops working), published for the mailer
     * to the link's contact address; never answered.
     */
    @Transactional
    public SigningCode sendCode(String token) {
        CustomerLink link = links.open(token, PURPOSE);
        Contract contract = Contract.findById(link.recordId());
        contract.requireAwaitingCustomer("signing code");
        Instant now = Instant.now();
        SigningCode.update("expiresAt = ?1 where linkId = ?2 and usedAt is null and expiresAt > ?1", now, link.id());
        SigningCode.Issued issued = SigningCode.issue(contract.id(), link.id(), policy, now);
        issued.code().persist();
        SigningCodeSent sent = new SigningCodeSent(link.id(), contract.dealId(), contract.id(),
                link.contact().personId(), link.contact().name(), link.contact().email(), issued.digits(),
                issued.code().expiresAt(), policy.maxAttempts(), now);
        outbox.publish(SigningCodeSent.TOPIC, SigningCodeSent.TYPE, sent.dealId(), sent);
        return issued.code();
    }

    /**
     * Signs the stored document as the customer. Name and hash are checked before the code (a
     * form error does not cost a try); a wrong code counts its try and is kept, so the transaction
     * is not rolled back for it. The link is spent by the signature.
     */
    @Transactional(dontRollbackOn = {SigningCode.WrongCodeException.class, SigningCode.CodeNoLongerValidException.class})
    public Signing sign(String token, String typedName, String confirmedSha256, boolean hashConfirmed, String code,
            String ipAddress, String userAgent) {
        CustomerLink link = links.open(token, PURPOSE);
        Contract contract = contracts.current(Contract.findById(link.recordId()));
        contract.requireAwaitingCustomer("signature");
        Require.text("signerName", typedName, 200);
        String stored = contracts.storedHash(contract);
        if (!hashConfirmed || confirmedSha256 == null || !confirmedSha256.strip().equalsIgnoreCase(stored)) {
            throw new InvalidInputException("documentSha256",
                    "confirm the SHA-256 of the document shown on this page (" + stored + ")");
        }
        if (code == null || !code.strip().matches("\\d{" + policy.digits() + "}")) {
            throw new InvalidInputException("code", "is the " + policy.digits() + "-digit code we e-mailed you");
        }
        SigningCode sent = newestCode(link).orElseThrow(
                () -> new InvalidInputException("code", "ask for a code first: we e-mail it to you"));
        sent.require(sent.check(code, Instant.now()));
        links.use(token, PURPOSE); // locked: a second submission waits, then finds the link used
        actor.actAs("customer-link:" + link.id());
        boolean closes = contract.sign(SignerRole.CUSTOMER, typedName, link.contact().email(), confirmedSha256,
                SignatureEvidence.customerLink(link.id(), ipAddress, userAgent), Instant.now());
        contracts.signed(contract, SignerRole.CUSTOMER, closes);
        return new Signing(link, contract, Optional.empty());
    }

    private static Optional<SigningCode> newestCode(CustomerLink link) {
        return SigningCode.<SigningCode>find("linkId = ?1 order by issuedAt desc", link.id()).firstResultOptional();
    }
}
