package io.salespipeline.lead.application.erasure;

import io.salespipeline.lead.application.intake.IdempotentRequests;
import io.salespipeline.lead.domain.ErasureRequest;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadSource;
import io.salespipeline.lead.events.ErasureRequested;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.privacy.EmailAddress;
import io.salespipeline.platform.privacy.PersonKeys;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Erasure (do-not-contact): in one transaction the person's leads are anonymised, their data keys
 * destroyed (the destruction published on {@code privacy.person-keys}), the address goes on the
 * do-not-contact register, lead-service's own confirmation is recorded and
 * {@code privacy.erasure.requested} is stored for the other services.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class Erasures {

    static final String SERVICE = "lead-service";

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Inject
    DoNotContact doNotContact;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    PersonKeys personKeys;

    /** By e-mail address or by lead id (exactly one): the person is everyone with that address. */
    @Transactional
    public ErasureRequest request(String email, UUID leadId) {
        if ((email == null || email.isBlank()) == (leadId == null)) {
            throw new InvalidInputException("email", "give either an e-mail address or a lead id, not both");
        }
        List<Lead> leads = new ArrayList<>();
        String address;
        if (leadId != null) {
            Lead lead = Lead.<Lead>findByIdOptional(leadId).orElseThrow(() -> new RecordNotFoundException("lead", leadId));
            leads.add(lead);
            address = lead.email();
        } else {
            address = EmailAddress.normalise(email);
            if (address.length() > 320 || !address.contains("@")) {
                throw new InvalidInputException("email", "is not an e-mail address");
            }
        }
        if (address != null) {
            // The e-mail key is the normalised address, unique and indexed: at most one lead holds it.
            Lead.<Lead>list("personKey.email", address).stream()
                    .filter(found -> leads.stream().noneMatch(l -> l.id().equals(found.id())))
                    .forEach(leads::add);
        }
        Instant now = Instant.now();
        int anonymised = (int) leads.stream().filter(lead -> lead.erase(now)).count();
        // The notes and fields each arrival brought (source history) go with the person.
        leads.forEach(lead -> LeadSource.update("notes = null, submitted = null where leadId = ?1", lead.id()));
        // Stored Idempotency-Key answers show the person as they were: a retry must not bring them back.
        idempotent.forget(leads.stream().map(Lead::id).toList());
        // Every event that carried the person becomes unreadable where it names them: their data keys
        // (the lead's, and the copies held here of their deals' keys, which the later stages seal
        // with) are destroyed here and, through privacy.person-keys, everywhere.
        personKeys.destroyPeople(java.util.stream.Stream.concat(leads.stream().map(Lead::id),
                leads.stream().map(Lead::dealId).filter(Objects::nonNull)).toList(), now);
        ErasureRequest request = ErasureRequest.open(EmailAddress.sha256(address),
                leads.stream().map(Lead::id).toList(),
                leads.stream().map(Lead::dealId).filter(Objects::nonNull).toList(), actor.name(), now);
        request.confirm(SERVICE, anonymised, now);
        request.persist();
        doNotContact.list(address, request.id(), now);
        outbox.publishKeyed(ErasureRequested.TOPIC, ErasureRequested.TYPE, request.id().toString(),
                ErasureRequestedEvents.of(request));
        return request;
    }

    /**
     * A service confirmed it anonymised the person ({@code confirmedAt} null: now); a confirmation
     * for a request this service never made can never be applied.
     */
    @Transactional
    public void confirm(UUID erasureId, String service, int recordsAnonymised, Instant confirmedAt) {
        if (erasureId == null || service == null) {
            throw new InvalidInputException("erasureId", "a confirmation names its erasure request and service");
        }
        ErasureRequest request = ErasureRequest.<ErasureRequest>findByIdOptional(erasureId)
                .orElseThrow(() -> new InvalidInputException("erasureId",
                        "names no erasure request of this service: " + erasureId));
        request.confirm(service, recordsAnonymised, confirmedAt != null ? confirmedAt : Instant.now());
    }

    public ErasureRequest get(UUID id) {
        return ErasureRequest.<ErasureRequest>findByIdOptional(id)
                .orElseThrow(() -> new RecordNotFoundException("erasure request", id));
    }
}
