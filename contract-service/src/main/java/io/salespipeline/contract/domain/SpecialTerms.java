package io.salespipeline.contract.domain;

import io.salespipeline.platform.stage.DealBriefing.SpecialTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contract's special terms: those of its seven terms the seller negotiated away from the
 * template version the contract was drafted from, in the terms' order, each with the agreed text.
 * Differences of surrounding blanks only are no departure. Without a template to compare with,
 * nothing is known to be special.
 */
public final class SpecialTerms {

    static final String SOURCE = "CONTRACT";

    private SpecialTerms() {
    }

    public static List<SpecialTerm> departing(Terms template, Terms agreed) {
        if (template == null || agreed == null) {
            return List.of();
        }
        List<SpecialTerm> special = new ArrayList<>();
        add(special, "paymentTerms", template.paymentTerms(), agreed.paymentTerms());
        add(special, "delivery", template.delivery(), agreed.delivery());
        add(special, "warranty", template.warranty(), agreed.warranty());
        add(special, "liability", template.liability(), agreed.liability());
        add(special, "duration", template.duration(), agreed.duration());
        add(special, "renewal", template.renewal(), agreed.renewal());
        add(special, "governingLaw", template.governingLaw(), agreed.governingLaw());
        return List.copyOf(special);
    }

    private static void add(List<SpecialTerm> special, String term, String standard, String agreed) {
        if (!Objects.equals(strip(standard), strip(agreed))) {
            special.add(new SpecialTerm(SOURCE, term, agreed.strip()));
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
