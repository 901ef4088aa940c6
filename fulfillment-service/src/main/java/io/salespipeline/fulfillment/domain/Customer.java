package io.salespipeline.fulfillment.domain;

import io.salespipeline.platform.privacy.Erased;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.stage.DealBriefing;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The account of a customer won by a closed deal, handed to one member of the support staff. A
 * company account (lead-service's) is one customer: its later deals' orders attach here.
 */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID dealId;
    // The company account (lead-service's) this customer is; null: not known.
    private UUID accountId;
    private String company;
    private String contactName;
    private String contactEmail;
    private String supportOwner;
    private String country;
    private Integer latestSurveyScore;
    private Instant latestSurveyAt;
    private Instant createdAt;
    /** The seller who closed the deal (its owner at the sales stages); may read the account. Null: not known. */
    private String seller;
    /** What the seller learned and promised, for the support owner; null: the deal did not tell. */
    @JdbcTypeCode(SqlTypes.JSON)
    private DealBriefing briefing;

    protected Customer() {
        // for JPA
    }

    public static Customer open(UUID dealId, String company, String contactName, String contactEmail,
            String supportOwner, Instant now) {
        return open(dealId, company, contactName, contactEmail, null, supportOwner, now);
    }

    /** A new account; {@code country} (ISO 3166 alpha-2, optional) lets the BY_REGION rule find its region. */
    public static Customer open(UUID dealId, String company, String contactName, String contactEmail,
            String country, String supportOwner, Instant now) {
        Customer customer = new Customer();
        customer.id = Ids.newId();
        customer.dealId = Require.present("dealId", dealId);
        customer.company = Require.text("customer.company", company, 200);
        customer.contactName = Require.text("customer.contactName", contactName, 200);
        customer.contactEmail = email(contactEmail);
        customer.supportOwner = Require.text("supportOwner", supportOwner, 200);
        customer.country = country(country);
        customer.createdAt = now;
        return customer;
    }

    /**
     * The seller hands the new account over: who they are (they may read it from now on) and what
     * they learned and promised (each null when the closed deal did not say).
     */
    public void handedOverBy(String closedBy, DealBriefing told) {
        seller = Require.optionalText("seller", closedBy, 200);
        briefing = told;
    }

    /** The hand-off of the new account: the first entry of its support-owner history. */
    public SupportAssignment handOff(HandOffRule rule, String actor, Instant now) {
        return new SupportAssignment(id, null, supportOwner, rule, "hand-off by rule " + rule, actor, now);
    }

    /**
     * Hands the customer to another support owner (one the policy knows), with a reason; returns
     * the audit entry (who, when, from, to, why).
     */
    public SupportAssignment reassign(String newOwner, String reason, HandOffPolicy policy, String actor,
            Instant now) {
        String to = Require.text("supportOwner", newOwner, 200);
        String why = Require.text("reason", reason, 2000);
        if (!policy.everyone().contains(to)) {
            throw new InvalidInputException("supportOwner", "is not on the support staff " + policy.everyone());
        }
        if (to.equals(supportOwner)) {
            throw new InvalidInputException("supportOwner", "is already the customer's support owner");
        }
        String from = supportOwner;
        supportOwner = to;
        return new SupportAssignment(id, from, to, null, why, actor, now);
    }

    /** A survey answered now becomes the customer's latest score (a late-arriving older one does not). */
    public void surveyed(Survey survey) {
        if (latestSurveyAt == null || !survey.submittedAt().isBefore(latestSurveyAt)) {
            latestSurveyScore = survey.score();
            latestSurveyAt = survey.submittedAt();
        }
    }

    private static String country(String text) {
        String country = text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
        return country != null && country.matches("[A-Z]{2}") ? country : null;
    }

    private static String email(String text) {
        String email = Require.optionalText("customer.contactEmail", text, 320);
        // An address that reached this service erased (its key destroyed) is no address: kept as none.
        if (email == null || Erased.NAME.equals(email)) {
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

    /** The deal that made the company a customer (its first); later deals of its account add orders. */
    public UUID dealId() {
        return dealId;
    }

    /** Null when the deal that opened it named no company account. */
    public UUID accountId() {
        return accountId;
    }

    /** The company account this customer is (null: not known); one customer per account. */
    public void forAccount(UUID account) {
        accountId = account;
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

    public String country() {
        return country;
    }

    /** Who closed the deal, or null when not known. */
    public String seller() {
        return seller;
    }

    /** What the seller learned and promised, or null when the deal did not tell. */
    public DealBriefing briefing() {
        return briefing;
    }

    public Integer latestSurveyScore() {
        return latestSurveyScore;
    }

    public Instant latestSurveyAt() {
        return latestSurveyAt;
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
