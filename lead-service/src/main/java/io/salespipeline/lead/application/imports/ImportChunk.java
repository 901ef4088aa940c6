package io.salespipeline.lead.application.imports;

import io.salespipeline.lead.application.erasure.DoNotContact;
import io.salespipeline.lead.application.imports.ImportJournal.Job;
import io.salespipeline.lead.domain.ColumnMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rows as read, not yet checked: the reading thread fills it, a normaliser turns it into an {@link ImportBatch}. */
final class ImportChunk {

    final List<List<String>> rows = new ArrayList<>();
    private final int size;
    long firstRow;
    /** Where its last record starts in the file (progress, as before); negative = the file's end. */
    long position = -1;

    ImportChunk(int size) {
        this.size = size;
    }

    void add(long row, List<String> fields) {
        if (rows.isEmpty()) {
            firstRow = row;
        }
        rows.add(fields);
    }

    boolean full() {
        return rows.size() >= size;
    }

    /**
     * Checks each row and makes its lead, or records why it is rejected (row numbers as read);
     * a person on the do-not-contact register is rejected too, in one look-up per chunk.
     */
    ImportBatch normalise(ColumnMapping mapping, Job job, DoNotContact doNotContact) {
        ImportBatch batch = new ImportBatch(position);
        for (int i = 0; i < rows.size(); i++) {
            batch.take(firstRow + i, rows.get(i), mapping, job, Instant.now());
        }
        batch.refuseListed(doNotContact.listedAmong(batch.emailHashes()));
        return batch;
    }
}
