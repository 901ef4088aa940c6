package io.salespipeline.lead.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A company account: the company its people (leads) work for and their deals share. Found by its
 * keys ({@link AccountKey}) when a lead's deal starts, created by the first such lead (rows are
 * inserted by {@code Accounts}, so that concurrent first leads of one company make one account).
 * Its name, country, domain and VAT id are as that first lead gave them.
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    private UUID id;
    private String name;
    private String country;
    private String domain;
    private String vatId;
    private String nameCountryKey;
    private String createdBy;
    private Instant createdAt;

    protected Account() {
        // for JPA
    }

    public UUID id() { return id; }
    public String name() { return name; }
    /** ISO 3166-1 alpha-2; null when the first lead did not say. */
    public String country() { return country; }
    /** The company's e-mail domain; null when its first lead used a public mail provider or none. */
    public String domain() { return domain; }
    /** Null when no lead gave one. */
    public String vatId() { return vatId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
