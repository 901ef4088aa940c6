package io.salespipeline.platform.privacy;

/**
 * What replaces a person's data after an erasure: required name fields get this marker, other
 * personal fields (e-mail, phone, job title, free-form notes about the person) become empty.
 * Ids, dealIds, statuses, amounts and timestamps stay, so funnels and audits still count.
 */
public final class Erased {

    public static final String NAME = "[erased]";

    private Erased() {
    }

    /** Whether a stored name is the person's (case and surrounding blanks aside). */
    public static boolean sameName(String stored, String personName) {
        return stored != null && personName != null && !personName.isBlank()
                && stored.strip().equalsIgnoreCase(personName.strip());
    }
}
