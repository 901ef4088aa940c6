package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;

/**
 * A sales manager's approval of a draft's discounts beyond the {@link DiscountPolicy}: asked for
 * by a seller with a note, decided (granted, or refused with a reason) by someone else than who
 * asked and than the deal's owner, and lapsed when a line changes afterwards. Immutable: each
 * step answers the next state, so a refused step changes nothing.
 */
@Embeddable
public class DiscountApproval {

    @Enumerated(EnumType.STRING)
    private ApprovalStatus approvalStatus;
    private String approvalNote;
    private String approvalRequestedBy;
    private String approvalRequesterSubject;
    private Instant approvalRequestedAt;
    private String approvalDecidedBy;
    private Instant approvalDecidedAt;
    private String approvalDecisionReason;
    private Instant approvalLapsedAt;

    protected DiscountApproval() {
        // for JPA
    }

    /**
     * A request for the discounts of these breaches; refused while one is awaiting a decision or
     * granted, and for an offer within the policy (nothing to approve).
     */
    static DiscountApproval requested(DiscountApproval current, List<DiscountBreach> breaches, String note,
            String actor, String subject, Instant now) {
        ApprovalStatus status = statusOf(current);
        if (status == ApprovalStatus.REQUESTED || status == ApprovalStatus.GRANTED) {
            throw refusal("requesting approval", status == ApprovalStatus.REQUESTED
                    ? "An approval of this proposal's discounts is already awaiting a sales manager's decision."
                    : "This proposal's discounts are already approved: it can be sent.", status);
        }
        if (breaches.isEmpty()) {
            throw refusal("requesting approval",
                    "This proposal's discounts are within the discount policy: it needs no approval.", status);
        }
        DiscountApproval next = new DiscountApproval();
        next.approvalStatus = ApprovalStatus.REQUESTED;
        next.approvalNote = Require.text("note", note, 2000);
        next.approvalRequestedBy = actor;
        next.approvalRequesterSubject = subject;
        next.approvalRequestedAt = now;
        return next;
    }

    /** A sales manager's yes; the owner of the deal and whoever asked may not give it. */
    static DiscountApproval granted(DiscountApproval current, String comment, String owner, String actor,
            String subject, Instant now) {
        return decided(current, ApprovalStatus.GRANTED, Require.optionalText("comment", comment, 2000), owner, actor,
                subject, now, "granting approval");
    }

    /** A sales manager's no, with the reason the seller reads. */
    static DiscountApproval refused(DiscountApproval current, String reason, String owner, String actor,
            String subject, Instant now) {
        return decided(current, ApprovalStatus.REFUSED, Require.text("reason", reason, 2000), owner, actor, subject, now,
                "refusing approval");
    }

    private static DiscountApproval decided(DiscountApproval current, ApprovalStatus outcome, String reason,
            String owner, String actor, String subject, Instant now, String action) {
        ApprovalStatus status = statusOf(current);
        if (status != ApprovalStatus.REQUESTED) {
            throw refusal(action, "No approval of this proposal's discounts is awaiting a decision.", status);
        }
        if (subject == null || subject.equals(current.approvalRequesterSubject) || subject.equals(owner)) {
            throw refusal(action, "An approval is decided by another sales manager than the one who asked for it "
                    + "or who owns the deal.", status).with("rule", "four-eyes");
        }
        DiscountApproval next = current.copy();
        next.approvalStatus = outcome;
        next.approvalDecidedBy = actor;
        next.approvalDecidedAt = now;
        next.approvalDecisionReason = reason;
        return next;
    }

    /** A line changed: a request or a grant was about other lines, so it no longer holds. */
    DiscountApproval lapsed(Instant now) {
        if (approvalStatus != ApprovalStatus.REQUESTED && approvalStatus != ApprovalStatus.GRANTED) {
            return this;
        }
        DiscountApproval next = copy();
        next.approvalStatus = ApprovalStatus.LAPSED;
        next.approvalLapsedAt = now;
        return next;
    }

    /** Sending is refused while the offer breaches the policy and no approval is granted. */
    static void requireClearance(DiscountApproval approval, List<DiscountBreach> breaches) {
        ApprovalStatus status = statusOf(approval);
        if (breaches.isEmpty() || status == ApprovalStatus.GRANTED) {
            return;
        }
        String what = breaches.stream().map(DiscountBreach::detail).reduce((a, b) -> a + "; " + b).orElseThrow();
        String todo = switch (status == null ? ApprovalStatus.LAPSED : status) {
            case REQUESTED -> "Its approval is awaiting a sales manager's decision.";
            case REFUSED -> "Its approval was refused: bring the discounts within the policy, or change the lines and "
                    + "request approval again.";
            default -> "Request a sales manager's approval (approval-request, with a note), or bring the discounts "
                    + "within the policy.";
        };
        throw new IllegalTransitionException("proposal", ProposalStatus.DRAFT, "sending",
                "This proposal needs a sales manager's approval of its discounts before it is sent: " + what + ". "
                        + todo)
                .with("approvalRequired", true)
                .with("approvalStatus", status == null ? null : status.name())
                .with("rules", breaches.stream().map(DiscountBreach::rule).distinct().toList())
                .with("breaches", breaches);
    }

    private static IllegalTransitionException refusal(String action, String reason, ApprovalStatus status) {
        return new IllegalTransitionException("proposal", ProposalStatus.DRAFT, action, reason)
                .with("approvalStatus", status == null ? null : status.name());
    }

    private static ApprovalStatus statusOf(DiscountApproval approval) {
        return approval == null ? null : approval.approvalStatus;
    }

    private DiscountApproval copy() {
        DiscountApproval copy = new DiscountApproval();
        copy.approvalStatus = approvalStatus;
        copy.approvalNote = approvalNote;
        copy.approvalRequestedBy = approvalRequestedBy;
        copy.approvalRequesterSubject = approvalRequesterSubject;
        copy.approvalRequestedAt = approvalRequestedAt;
        copy.approvalLapsedAt = approvalLapsedAt;
        return copy;
    }

    public ApprovalStatus status() { return approvalStatus; }
    public String note() { return approvalNote; }
    public String requestedBy() { return approvalRequestedBy; }
    public Instant requestedAt() { return approvalRequestedAt; }
    public String decidedBy() { return approvalDecidedBy; }
    public Instant decidedAt() { return approvalDecidedAt; }
    public String decisionReason() { return approvalDecisionReason; }
    public Instant lapsedAt() { return approvalLapsedAt; }
}
