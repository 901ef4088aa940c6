package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.privacy.Erased;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The account of a customer won by a closed deal, handed to one member of the support staff. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID dealId;
    private String company;
    private String contactName;
    private String contactEmail;
    private String supportOwner;
    private Instant createdAt;

    protected Customer() {
        // for JPA
    }

    public static Customer open(UUID dealId, String company, String contactName, String contactEmail,
            String supportOwner, Instant now) {
        Customer customer = new Customer();
        customer.id = Ids.newId();
        customer.dealId = Require.present("dealId", dealId);
        customer.company = Require.text("customer.company", company, 200);
        customer.contactName = Require.text("customer.contactName", contactName, 200);
        customer.contactEmail = email(contactEmail);
        customer.supportOwner = Require.text("supportOwner", supportOwner, 200);
        customer.createdAt = now;
        return customer;
    }

    private static String email(String text) {
        String email = Require.optionalText("customer.contactEmail", text, 320);
        if (email == null) {
            return null;
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("customer.contactEmail", "is not an e-mail address");
        }
        return email.toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public UUID dealId() {
        return dealId;
    }

    public String company() {
        return company;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String supportOwner() {
        return supportOwner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * Forgets the customer's contact person (erasure request); the account, its company, support
     * owner and orders stay. Answers whether anything changed.
     */
    public boolean erasePerson() {
        if (Erased.NAME.equals(contactName) && contactEmail == null) {
            return false;
        }
        contactName = Erased.NAME;
        contactEmail = null;
        return true;
    }
}
