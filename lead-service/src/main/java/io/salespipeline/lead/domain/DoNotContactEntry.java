package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One address on the do-not-contact register: only the SHA-256 of the normalised address is
 * kept, so the register can recognise the person again without holding what they asked us to forget.
 */
@Entity
@Table(name = "do_not_contact")
public class DoNotContactEntry extends PanacheEntityBase {

    @Id
    private String emailSha256;
    private UUID erasureId;
    private Instant listedAt;

    protected DoNotContactEntry() {
        // for JPA
    }

    public static DoNotContactEntry of(String emailSha256, UUID erasureId, Instant now) {
        DoNotContactEntry entry = new DoNotContactEntry();
        entry.emailSha256 = emailSha256;
        entry.erasureId = erasureId;
        entry.listedAt = now;
        return entry;
    }

    public String emailSha256() {
        return emailSha256;
    }

    public UUID erasureId() {
        return erasureId;
    }

    public Instant listedAt() {
        return listedAt;
    }
}
