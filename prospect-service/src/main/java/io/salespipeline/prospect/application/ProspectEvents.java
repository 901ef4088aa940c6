package io.salespipeline.prospect.application;

import io.salespipeline.platform.money.Money;
import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.Interaction;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.Source;
import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealLost;
import io.salespipeline.platform.stage.Stage;
import io.salespipeline.prospect.events.ProspectInteractionLogged;
import io.salespipeline.prospect.events.ProspectReadyForProposal;
import java.util.List;

/** The events a prospect publishes, written from its state as flat wire records. */
final class ProspectEvents {

    private ProspectEvents() {
    }

    /** Ready for a proposal: what the proposal is built on, with only the quantified applications. */
    static ProspectReadyForProposal ready(Prospect prospect) {
        Contact contact = prospect.contact();
        return new ProspectReadyForProposal(prospect.id(), prospect.dealId(),
                new ProspectReadyForProposal.Contact(contact.name(), contact.email(), contact.phone(),
                        contact.company(), contact.jobTitle(), contact.country()),
                profile(prospect.profile()), procurement(prospect.procurementForProposal()),
                prospect.applications().stream().filter(Application::isQuantified).map(ProspectEvents::application)
                        .toList(),
                prospect.readyAt(), prospect.owner(), List.copyOf(prospect.sharedWith()), attribution(prospect),
                prospect.currency(), prospect.accountId());
    }

    /** Where the deal came from, as the lead said at qualification; null when it did not. */
    private static ProspectReadyForProposal.Attribution attribution(Prospect prospect) {
        Source source = prospect.source();
        Attribution known = source == null ? null
                : Attribution.ofNullable(source.kind(), source.detail(), source.campaign());
        return known == null ? null
                : new ProspectReadyForProposal.Attribution(known.sourceKind(), known.sourceDetail(), known.campaign());
    }

    /** An interaction logged: its kind and timing, not the seller's free-text notes. */
    static ProspectInteractionLogged logged(Prospect prospect, Interaction interaction) {
        return new ProspectInteractionLogged(interaction.id(), prospect.id(), prospect.dealId(),
                interaction.type().name(), interaction.occurredAt(),
                interaction.interestLevel() == null ? null : interaction.interestLevel().name(),
                interaction.followUpOn(), interaction.recordedBy(), interaction.recordedAt());
    }

    /** The deal was lost at this stage. */
    static DealLost lost(Prospect prospect) {
        return DealLost.at(Stage.PROSPECT, prospect.dealId(), prospect.lossReason(), prospect.lostAt());
    }

    /** Null when the deal's segment did not require a profile and none was recorded. */
    private static ProspectReadyForProposal.Profile profile(Profile profile) {
        if (profile == null) {
            return null;
        }
        return new ProspectReadyForProposal.Profile(profile.industry(), profile.companySize(),
                profile.businessModel(), profile.cultureNotes(), profile.decisionMakers().stream()
                        .map(d -> new ProspectReadyForProposal.DecisionMaker(d.name(), d.role(), d.influence().name()))
                        .toList());
    }

    private static ProspectReadyForProposal.Procurement procurement(Procurement procurement) {
        return new ProspectReadyForProposal.Procurement(procurement.procedure().name(), procurement.notes(),
                procurement.rfpReference(), procurement.deadline(), procurement.approvalSteps().stream()
                        .map(step -> new ProspectReadyForProposal.ApprovalStep(step.step(), step.approver())).toList());
    }

    private static ProspectReadyForProposal.Application application(Application application) {
        Money saving = application.costSaving();
        return new ProspectReadyForProposal.Application(application.id(), application.product(),
                application.problem(), saving == null ? null
                        : new ProspectReadyForProposal.Amount(saving.amount(), saving.currency()),
                application.timeSavingHours(), application.period().name(), application.reasoning());
    }
}
