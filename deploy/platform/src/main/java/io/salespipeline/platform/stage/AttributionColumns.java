package io.salespipeline.platform.stage;

import jakarta.persistence.Embeddable;

/**
 * A record's {@link Attribution}, in the columns {@code source_kind}, {@code source_detail} and
 * {@code source_campaign}; all null when its deal's source is not known.
 */
@Embeddable
public class AttributionColumns {

    private String sourceKind;
    private String sourceDetail;
    private String sourceCampaign;

    protected AttributionColumns() {
        // for JPA
    }

    public static AttributionColumns of(Attribution attribution) {
        AttributionColumns columns = new AttributionColumns();
        if (attribution != null) {
            columns.sourceKind = attribution.sourceKind();
            columns.sourceDetail = attribution.sourceDetail();
            columns.sourceCampaign = attribution.campaign();
        }
        return columns;
    }

    /** Null when not known. */
    public Attribution attribution() {
        return Attribution.ofNullable(sourceKind, sourceDetail, sourceCampaign);
    }
}
