package io.salespipeline.prospect.events;

import io.salespipeline.platform.money.Money;
import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.SavingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when the seller knows the prospect well enough to propose: its
 * profile, how it buys, and the quantified applications the proposal is built on. Owned by
 * prospect-service; consumers read it tolerantly. {@code owner}: the seller who works the deal
 * (null: unassigned), {@code sharedWith}: who else may work it; the proposal stage copies both.
 */
public record ProspectReadyForProposal(UUID prospectId, UUID dealId, Contact contact, Profile profile,
        Procurement procurement, List<Application> applications, Instant readyAt, String owner,
        java.util.Set<String> sharedWith) {

    public static final String TOPIC = "sales.prospect.ready-for-proposal";
    public static final String TYPE = "io.salespipeline.prospect.ProspectReadyForProposal.v1";

    /** costSaving or timeSavingHours may be null (not both). */
    public record Application(UUID applicationId, String product, String problem, Money costSaving,
            BigDecimal timeSavingHours, SavingPeriod period, String reasoning) {
    }
}
