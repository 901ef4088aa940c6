package io.salespipeline.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The campaign a lead's revenue is attributed to. */
class SourceTest {

    @Test
    void theUtmCampaignWinsOverTheFormsCampaign() {
        Source source = new Source(SourceKind.WEB_FORM, "Contact us", "contact-us", null, null, "autumn-2026",
                Map.of("utm_source", "newsletter", "utm_campaign", "spring"));

        assertEquals("spring", source.attributedCampaign());
    }

    @Test
    void withoutAUtmCampaignTheFormsCampaignCounts() {
        Source source = new Source(SourceKind.WEB_FORM, "Contact us", "contact-us", null, null, "autumn-2026",
                Map.of("utm_source", "newsletter"));

        assertEquals("autumn-2026", source.attributedCampaign());
    }

    @Test
    void aLeadFromAListHasNoCampaign() {
        assertNull(Source.of(SourceKind.CONFERENCE, "TechConf 2026").attributedCampaign());
    }
}
