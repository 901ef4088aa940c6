package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.platform.customerlink.CustomerLink;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.customerlink.IssuedLink;
import io.salespipeline.platform.customerlink.LinkContact;
import io.salespipeline.platform.customerlink.LinkRequest;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The links the customer's contact is given for a contract: one to sign it, one to place the first
 * order, issued when the contract is sent for signature (a link of the same purpose given earlier
 * is revoked) and revoked when the contract no longer awaits that act. The seller lists, re-issues
 * and revokes them, never seeing a token or URL.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class ContractLinks {

    @Inject
    CustomerLinks links;

    @Inject
    ContractUseCases contracts;

    /** Joins the sending's transaction: a signing link, and a first-order link while no order was placed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void issueFor(Contract contract) {
        LinkContact contact = contactOf(contract);
        if (contact.email() == null) {
            return; // an erased contact cannot be reached; the seller records a signature on paper instead
        }
        if (!contract.countingSignatures().stream().anyMatch(signature -> signature.role() == SignerRole.CUSTOMER)) {
            links.issue(new LinkRequest(CustomerLinkPurpose.CONTRACT_SIGNATURE, contract.dealId(), contract.id(),
                    contract.proposalVersion(), contact, null));
        }
        if (contract.firstOrder() == null) {
            links.issue(new LinkRequest(CustomerLinkPurpose.FIRST_ORDER, contract.dealId(), contract.id(),
                    contract.proposalVersion(), contact, null));
        }
    }

    /** The contract no longer awaits this act (revised, declined, voided, recorded otherwise). */
    @Transactional(Transactional.TxType.MANDATORY)
    void revoke(Contract contract, CustomerLinkPurpose purpose) {
        links.revokeAll(purpose, contract.id());
    }

    /**
     * The contact the links go to. The contract does not know the contact person's id; its deal
     * stands for it (the key their name and e-mail are encrypted with in the link events).
     */
    static LinkContact contactOf(Contract contract) {
        return new LinkContact(contract.dealId(), contract.customer().contactName(), contract.customer().contactEmail());
    }

    /** Both purposes' links of the contract, newest first each, as its seller may see them. */
    @Transactional
    public List<CustomerLinkView> list(UUID contractId) {
        Contract contract = contracts.get(contractId);
        List<CustomerLinkView> all = new ArrayList<>(links.forRecord(CustomerLinkPurpose.CONTRACT_SIGNATURE, contract.id()));
        all.addAll(links.forRecord(CustomerLinkPurpose.FIRST_ORDER, contract.id()));
        return all;
    }

    /** A new link in place of this one (the e-mail was lost, it expired): the old one revoked, the new URL published. */
    @Transactional
    public CustomerLinkView reissue(UUID contractId, UUID linkId) {
        Contract contract = contracts.get(contractId);
        CustomerLink link = linkOf(contract, linkId);
        if (link.purpose() == CustomerLinkPurpose.CONTRACT_SIGNATURE) {
            contract.requireAwaitingCustomer("signing link re-issue");
        } else {
            contract.requireAwaitingFirstOrder("first-order link re-issue");
        }
        IssuedLink issued = links.reissue(link.id(), null);
        return CustomerLinkView.of(links.byId(issued.linkId()), Instant.now());
    }

    @Transactional
    public CustomerLinkView revokeOne(UUID contractId, UUID linkId) {
        CustomerLink link = linkOf(contracts.get(contractId), linkId);
        links.revoke(link.id());
        return CustomerLinkView.of(link, Instant.now());
    }

    private CustomerLink linkOf(Contract contract, UUID linkId) {
        CustomerLink link = links.byId(linkId);
        if (!link.recordId().equals(contract.id()) || (link.purpose() != CustomerLinkPurpose.CONTRACT_SIGNATURE
                && link.purpose() != CustomerLinkPurpose.FIRST_ORDER)) {
            throw new RecordNotFoundException("customer link", linkId);
        }
        return link;
    }
}
