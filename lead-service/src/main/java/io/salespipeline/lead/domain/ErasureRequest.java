package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's request to be forgotten: which leads and deals it reached, and which services
 * confirmed that they anonymised the person. COMPLETED once all five services confirmed.
 * Holds the SHA-256 of the normalised address only, never the address.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest extends PanacheEntityBase {

    /** Every service that holds person data, in pipeline order; each must confirm. */
    public static final List<String> SERVICES = List.of("lead-service", "prospect-service", "proposal-service",
            "contract-service", "fulfillment-service");

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private ErasureState state;
    private String emailSha256;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<UUID> leadIds;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<UUID> dealIds;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ErasureConfirmation> confirmations;
    private String requestedBy;
    private Instant requestedAt;
    private Instant completedAt;

    protected ErasureRequest() {
        // for JPA
    }

    /** Opens the request for the leads found; their deals are where the other services hold the person. */
    public static ErasureRequest open(String emailSha256, List<UUID> leadIds, List<UUID> dealIds, String actor,
            Instant now) {
        ErasureRequest request = new ErasureRequest();
        request.id = Ids.newId();
        request.state = ErasureState.PENDING;
        request.emailSha256 = emailSha256;
        request.leadIds = List.copyOf(leadIds);
        request.dealIds = dealIds.stream().distinct().toList();
        request.confirmations = new ArrayList<>();
        request.requestedBy = actor;
        request.requestedAt = now;
        return request;
    }

    /**
     * Records a service's confirmation; a repeat from the same service keeps the first. The
     * request completes when the last of the five confirmed.
     */
    public void confirm(String service, int recordsAnonymised, Instant confirmedAt) {
        if (!SERVICES.contains(service)) {
            throw new InvalidInputException("service", "is not a service that holds person data: " + service);
        }
        if (recordsAnonymised < 0) {
            throw new InvalidInputException("recordsAnonymised", "must not be negative");
        }
        if (confirmation(service).isPresent()) {
            return;
        }
        List<ErasureConfirmation> updated = new ArrayList<>(confirmations);
        updated.add(new ErasureConfirmation(service, recordsAnonymised, confirmedAt));
        confirmations = updated;
        if (SERVICES.stream().allMatch(s -> confirmation(s).isPresent())) {
            state = ErasureState.COMPLETED;
            completedAt = confirmedAt;
        }
    }

    public Optional<ErasureConfirmation> confirmation(String service) {
        return confirmations.stream().filter(c -> c.service().equals(service)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public ErasureState state() {
        return state;
    }

    /** The SHA-256 of the person's normalised e-mail address; null when the leads had none. */
    public String emailSha256() {
        return emailSha256;
    }

    public List<UUID> leadIds() {
        return leadIds;
    }

    public List<UUID> dealIds() {
        return dealIds;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
