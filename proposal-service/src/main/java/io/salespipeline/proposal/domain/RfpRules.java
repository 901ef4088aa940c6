package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a formal RFP imposes on its proposal: it is sent by the RFP's deadline (the deadline day
 * included, UTC), and accepted only once each of the RFP's approval steps at the customer is
 * recorded (in any order). A proposal without RFP references is held to neither.
 */
final class RfpRules {

    // Callers' clocks drift: an approval "a moment from now" is still accepted.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private RfpRules() {
    }

    static void requireOpenForSubmission(RfpDetails rfp, Instant now) {
        if (rfp != null && rfp.deadline() != null && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(rfp.deadline())) {
            throw new RfpDeadlinePassedException(rfp.reference(), rfp.deadline());
        }
    }

    /** The recorded steps plus this one; refused for a step the RFP does not list or one already recorded. */
    static List<CustomerApprovalStep> recorded(List<CustomerApprovalStep> current, RfpDetails rfp, String step,
            String approvedBy, Instant approvedAt, Instant sentAt, String actor, Instant now) {
        List<String> steps = stepsOf(rfp);
        if (steps.isEmpty()) {
            throw new IllegalTransitionException("proposal", ProposalStatus.SENT, "recording an approval step",
                    "This proposal's procurement lists no approval steps at the customer: there is nothing to record.");
        }
        String named = Require.text("step", step, 200);
        String listed = steps.stream().filter(s -> same(s, named)).findFirst().orElseThrow(
                () -> new InvalidInputException("step", "must be one of the RFP's approval steps: " + steps));
        if (current.stream().anyMatch(recorded -> same(recorded.step(), listed))) {
            throw new IllegalTransitionException("proposal", ProposalStatus.SENT, "recording an approval step",
                    "The approval step '" + listed + "' is already recorded.").with("step", listed);
        }
        Instant when = approvedAt == null ? now : approvedAt;
        if (when.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("approvedAt", "must not be in the future");
        }
        if (sentAt != null && when.isBefore(sentAt)) {
            throw new InvalidInputException("approvedAt", "must not be before the proposal was sent (" + sentAt + ")");
        }
        List<CustomerApprovalStep> next = new ArrayList<>(current);
        next.add(new CustomerApprovalStep(listed, Require.text("approvedBy", approvedBy, 200), when, actor, now));
        return List.copyOf(next);
    }

    /** The RFP's steps not yet recorded, in the RFP's order. */
    static List<String> missing(RfpDetails rfp, List<CustomerApprovalStep> recorded) {
        return stepsOf(rfp).stream()
                .filter(step -> recorded.stream().noneMatch(r -> same(r.step(), step)))
                .toList();
    }

    static void requireAllRecorded(RfpDetails rfp, List<CustomerApprovalStep> recorded) {
        List<String> missing = missing(rfp, recorded);
        if (!missing.isEmpty()) {
            throw new ApprovalStepsMissingException(missing);
        }
    }

    private static List<String> stepsOf(RfpDetails rfp) {
        return rfp == null ? List.of() : rfp.approvalSteps().stream().map(RfpDetails.ApprovalStep::step).toList();
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
