package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.stage.DealLoss;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** On an accepted proposal: its deal was lost at a later stage (where, why, when). The first loss reported is kept. */
@Embeddable
public class DealLostMark {

    private String dealLostStage;
    private String dealLostReason;
    private Instant dealLostAt;

    protected DealLostMark() {
        // for JPA
    }

    static DealLostMark of(String stage, String reason, Instant lostAt) {
        DealLostMark mark = new DealLostMark();
        mark.dealLostStage = Require.text("stage", stage, 20);
        mark.dealLostReason = Require.text("reason", reason, 4000);
        mark.dealLostAt = Require.present("lostAt", lostAt);
        return mark;
    }

    public DealLoss dealLoss() {
        return new DealLoss(dealLostStage, dealLostReason, dealLostAt);
    }
}
