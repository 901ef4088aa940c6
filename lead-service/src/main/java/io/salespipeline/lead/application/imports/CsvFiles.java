package io.salespipeline.lead.application.imports;

import io.salespipeline.platform.domain.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.function.IOSupplier;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reading an uploaded CSV file (Apache Commons CSV): UTF-8 with or without a byte-order mark,
 * separated by {@code ,} or {@code ;} (or a tab), detected from the header line, RFC 4180
 * quoting. The file is read as a stream, one record at a time.
 */
public final class CsvFiles {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** The longest line (header or row) read; a longer one is refused before it is held whole. */
    public static final int MAX_LINE_CHARS = 65_536;

    /** The most columns a header may have (real lists have tens). */
    public static final int MAX_COLUMNS = 500;

    private CsvFiles() {
    }

    public static char detectDelimiter(Path file) {
        return detectDelimiter(() -> Files.newInputStream(file));
    }

    /** The separator the header line uses most, outside quotes; {@code ,} if it has none. */
    public static char detectDelimiter(IOSupplier<InputStream> file) {
        try (BufferedReader reader = new BufferedReader(reader(file))) {
            String line = reader.readLine();
            if (line == null) {
                throw new InvalidInputException("body", "is empty: a CSV file with a header row is expected");
            }
            int[] counts = new int[DELIMITERS.length];
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                    if (c == DELIMITERS[i]) {
                        counts[i]++;
                    }
                }
            }
            int best = 0;
            for (int i = 1; i < DELIMITERS.length; i++) {
                if (counts[i] > counts[best]) {
                    best = i;
                }
            }
            return DELIMITERS[best];
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not UTF-8 text");
        } catch (BoundedLines.LineTooLongException e) {
            throw new InvalidInputException("body", "the header row is longer than " + MAX_LINE_CHARS + " characters");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CSVParser open(Path file, char delimiter) throws IOException {
        return open(() -> Files.newInputStream(file), delimiter);
    }

    /** A parser over the whole file (opened anew from its first byte); its first record is the header row. */
    public static CSVParser open(IOSupplier<InputStream> file, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        return CSVParser.builder().setReader(reader(file)).setFormat(format).get();
    }

    public static List<String> header(Path file, char delimiter) {
        return header(() -> Files.newInputStream(file), delimiter);
    }

    /** The header row's column names. */
    public static List<String> header(IOSupplier<InputStream> file, char delimiter) {
        try (CSVParser parser = open(file, delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException("body", "is empty: a CSV file with a header row is expected");
            }
            List<String> header = records.next().toList();
            if (header.size() > MAX_COLUMNS) {
                throw new InvalidInputException("body", "the header row has " + header.size() + " columns; at most "
                        + MAX_COLUMNS + " columns are taken");
            }
            return header;
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("body", "the header row is not valid CSV: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8, strictly (a byte that is not UTF-8 is an error, not a silent replacement), BOM
     * skipped, lines bounded ({@link #MAX_LINE_CHARS}).
     */
    private static Reader reader(IOSupplier<InputStream> file) throws IOException {
        InputStream bytes = BOMInputStream.builder().setInputStream(file.get()).get();
        return new BoundedLines(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                MAX_LINE_CHARS);
    }
}
