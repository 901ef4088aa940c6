package io.salespipeline.lead.application.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line longer than a bound: the CSV parser builds a record from whatever
 * it reads, so without this one line without a break (a 3 000-column header, a 20 MB field)
 * would be held in memory whole before anything could refuse it.
 */
final class BoundedLines extends FilterReader {

    /** A line exceeded the bound; its message is short and names only the bound. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("a line is longer than " + limit + " characters");
        }
    }

    private final int limit;
    private int lineLength;

    BoundedLines(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n' || c == '\r') {
            lineLength = 0;
        } else if (++lineLength > limit) {
            throw new LineTooLongException(limit);
        }
    }
}
