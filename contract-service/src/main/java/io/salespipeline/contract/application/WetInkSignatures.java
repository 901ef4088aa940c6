package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.SignerRole;
import io.salespipeline.contract.domain.WetInkScan;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's signature on paper: the seller uploads the signed scan of the document sent for
 * signature; it counts once a sales manager other than the uploader confirms it.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class WetInkSignatures {

    @Inject
    ContractUseCases contracts;

    @Inject
    CurrentActor actor;

    @Inject
    ContractLinks links;

    /** Stored as uploaded, for the document awaiting signatures now; nothing counts yet. */
    @Transactional
    public WetInkScan upload(UUID contractId, String signerName, String signerEmail, byte[] pdf) {
        Contract contract = contracts.current(contracts.get(contractId));
        contract.requireAwaitingCustomer("wet-ink signature");
        // Without an address given, the signer is the contract's contact.
        String email = signerEmail == null || signerEmail.isBlank() ? contract.customer().contactEmail() : signerEmail;
        WetInkScan scan = WetInkScan.upload(contract.id(), contracts.storedHash(contract), signerName, email,
                pdf, actor.name(), actor.subject(), Instant.now());
        scan.persist();
        return scan;
    }

    /** A sales manager confirms the scan: the customer's signature counts, with the scan as its evidence. */
    @Transactional
    public Contract confirm(UUID contractId, UUID scanId) {
        Contract contract = contracts.get(contractId);
        WetInkScan scan = scan(contract, scanId);
        boolean closes = contract.confirmWetInk(scan, actor.name(), actor.subject(), Instant.now());
        contracts.signed(contract, SignerRole.CUSTOMER, closes);
        links.revoke(contract, CustomerLinkPurpose.CONTRACT_SIGNATURE); // signed on paper: the link is no longer needed
        return contract;
    }

    /** The scans uploaded for a contract the caller may see, oldest first. */
    public List<WetInkScan> list(UUID contractId) {
        Contract contract = contracts.get(contractId);
        return WetInkScan.list("contractId = ?1 order by uploadedAt", contract.id());
    }

    public WetInkScan get(UUID contractId, UUID scanId) {
        return scan(contracts.get(contractId), scanId);
    }

    private static WetInkScan scan(Contract contract, UUID scanId) {
        return WetInkScan.<WetInkScan>findByIdOptional(scanId)
                .filter(scan -> scan.contractId().equals(contract.id()))
                .orElseThrow(() -> new RecordNotFoundException("wet-ink scan", scanId));
    }
}
