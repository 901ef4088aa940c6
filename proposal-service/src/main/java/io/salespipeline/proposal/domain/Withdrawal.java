package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A draft or sent proposal taken back because the deal was lost at another stage: why, and when
 * it was lost. Present on a WITHDRAWN proposal only.
 */
@Embeddable
public class Withdrawal {

    private String withdrawalReason;
    private Instant withdrawnAt;

    protected Withdrawal() {
        // for JPA
    }

    static Withdrawal of(String reason, Instant lostAt) {
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.withdrawalReason = Require.text("reason", reason, 4000);
        withdrawal.withdrawnAt = Require.present("lostAt", lostAt);
        return withdrawal;
    }

    public String reason() {
        return withdrawalReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
