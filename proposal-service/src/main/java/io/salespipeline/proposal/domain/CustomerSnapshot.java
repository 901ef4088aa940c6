package io.salespipeline.proposal.domain;

import io.salespipeline.platform.privacy.Erased;
import jakarta.persistence.Embeddable;

/**
 * Who the proposal is addressed to, copied from the prospect's hand-over (a snapshot, not a live
 * link), until an erasure request makes it forget the contact person: the company and the country stay.
 */
@Embeddable
public class CustomerSnapshot {

    private String customerCompany;
    private String customerContactName;
    private String customerContactEmail;
    private String customerCountry;

    protected CustomerSnapshot() {
        // for JPA
    }

    static CustomerSnapshot of(Customer customer) {
        CustomerSnapshot snapshot = new CustomerSnapshot();
        snapshot.customerCompany = customer.company();
        snapshot.customerContactName = customer.contactName();
        snapshot.customerContactEmail = customer.contactEmail();
        snapshot.customerCountry = customer.country();
        return snapshot;
    }

    public Customer customer() {
        return new Customer(customerCompany, customerContactName, customerContactEmail, customerCountry);
    }

    /** Whether the contact person is already forgotten. */
    boolean isErased() {
        return Erased.NAME.equals(customerContactName) && customerContactEmail == null;
    }

    /** Whether the named person is the contact person (not yet forgotten). */
    boolean names(String person) {
        return !Erased.NAME.equals(customerContactName) && Erased.sameName(person, customerContactName);
    }

    /** The same customer without its contact person: name erased, no e-mail. */
    CustomerSnapshot erased() {
        return of(new Customer(customerCompany, Erased.NAME, null, customerCountry));
    }
}
