package io.salespipeline.platform.stage;

import io.salespipeline.platform.domain.Require;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Kept by a record of another stage (a qualified lead, an accepted proposal) whose deal was lost
 * elsewhere: where, why, when, in the columns {@code deal_lost_stage}, {@code deal_lost_reason} and
 * {@code deal_lost_at}. The record keeps the first loss reported.
 */
@Embeddable
public class DealLostMark {

    private String dealLostStage;
    private String dealLostReason;
    private Instant dealLostAt;

    protected DealLostMark() {
        // for JPA
    }

    public static DealLostMark of(String stage, String reason, Instant lostAt) {
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
