package io.salespipeline.fulfillment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Net Promoter Score over a set of survey scores: promoters score 9-10, passives 7-8, detractors
 * 0-6; NPS = % promoters - % detractors, from -100 to 100, rounded half-even to one decimal.
 * No responses: no score (null), not zero.
 */
public record NetPromoterScore(long responses, long promoters, long passives, long detractors, BigDecimal nps) {

    public static NetPromoterScore of(Collection<Integer> scores) {
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        long responses = scores.size();
        BigDecimal nps = responses == 0 ? null
                : BigDecimal.valueOf((promoters - detractors) * 100L)
                        .divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_EVEN);
        return new NetPromoterScore(responses, promoters, responses - promoters - detractors, detractors, nps);
    }
}
