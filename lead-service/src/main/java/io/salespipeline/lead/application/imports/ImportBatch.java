package io.salespipeline.lead.application.imports;

import io.salespipeline.lead.application.imports.ImportJournal.Job;
import io.salespipeline.lead.application.imports.ImportJournal.RowError;
import io.salespipeline.lead.domain.ColumnMapping;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.RoutingWay;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.privacy.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A chunk's rows checked: its leads and its rejected rows, to be written together. */
final class ImportBatch {

    /** Rejected without the row's fields: nothing more is kept of a person who asked to be forgotten. */
    static final String LISTED = "email: the person asked not to be contacted";

    final List<Lead> leads = new ArrayList<>();
    final List<Long> leadRows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    final long position;
    long rows;
    long lastRow;

    ImportBatch(long position) {
        this.position = position;
    }

    void take(long row, List<String> fields, ColumnMapping mapping, Job job, Instant now) {
        rows++;
        lastRow = row;
        try {
            Contact contact = mapping.contact(fields);
            Lead lead = mapping.lead(fields, contact, job.source(), job.sourceDetail(), job.actor(), now);
            if (job.owner() == null) {
                lead.awaitRouting(RoutingWay.IMPORT, job.id().toString(), now); // a seller's import stays theirs
            } else {
                lead.assignOwner(job.owner(), now);
            }
            leads.add(lead);
            leadRows.add(row);
        } catch (InvalidInputException e) {
            errors.add(new RowError(row, e.getMessage(), fields));
        }
    }

    Set<String> emailHashes() {
        Set<String> hashes = new HashSet<>();
        leads.forEach(lead -> Optional.ofNullable(EmailAddress.sha256(lead.email())).ifPresent(hashes::add));
        return hashes;
    }

    void refuseListed(Set<String> listed) {
        if (listed.isEmpty()) {
            return;
        }
        for (int i = leads.size() - 1; i >= 0; i--) {
            if (listed.contains(EmailAddress.sha256(leads.get(i).email()))) {
                errors.add(new RowError(leadRows.get(i), LISTED, List.of()));
                leads.remove(i);
                leadRows.remove(i);
            }
        }
        errors.sort(Comparator.comparingLong(RowError::row));
    }
}
