package io.salespipeline.contract.domain;

import io.salespipeline.platform.privacy.Erased;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Evidence of one party's signature: who, in which role, when, the SHA-256 of the exact PDF bytes
 * signed, and how it was given ({@link SignatureEvidence}).
 */
@Entity
@Table(name = "signature")
public class Signature extends PanacheEntityBase {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;
    @Enumerated(EnumType.STRING)
    private SignerRole role;
    private String signerName;
    private String signerEmail;
    private String documentSha256;
    private Instant signedAt;
    /** When a revision of the contract made this signature stop counting; null while it counts. */
    private Instant supersededAt;
    @Embedded
    private SignatureEvidence evidence;

    protected Signature() {
        // for JPA
    }

    Signature(Contract contract, SignerRole role, String signerName, String signerEmail, String documentSha256,
            Instant signedAt, SignatureEvidence evidence) {
        this.id = Ids.newId();
        this.contract = contract;
        this.role = role;
        this.signerName = signerName;
        this.signerEmail = signerEmail;
        this.documentSha256 = documentSha256;
        this.signedAt = signedAt;
        this.evidence = evidence;
    }

    /** How it was given (link, code, IP, user agent; or scan and confirmation); no method for older signatures. */
    public SignatureEvidence evidence() {
        return evidence;
    }

    void supersede(Instant now) {
        if (supersededAt == null) {
            supersededAt = now;
        }
    }

    public boolean counts() {
        return supersededAt == null;
    }

    public Instant supersededAt() {
        return supersededAt;
    }

    public SignerRole role() {
        return role;
    }

    public String signerName() {
        return signerName;
    }

    public String signerEmail() {
        return signerEmail;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /**
     * Forgets the signer (erasure request). The evidence stays: role, time and the SHA-256 of
     * exactly the text signed. Answers whether anything changed.
     */
    boolean eraseSigner() {
        if (Erased.NAME.equals(signerName) && signerEmail == null) {
            return false;
        }
        signerName = Erased.NAME;
        signerEmail = null;
        return true;
    }
}
