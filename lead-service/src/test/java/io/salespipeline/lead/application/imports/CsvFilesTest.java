package io.salespipeline.lead.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    @TempDir
    Path directory;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(directory.resolve("upload.csv"), bytes);
    }

    private Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void detectsCommaSemicolonAndTab() throws IOException {
        assertEquals(',', CsvFiles.detectDelimiter(file("name,email,company\n")));
        assertEquals(';', CsvFiles.detectDelimiter(file("Name;E-Mail;Firma\n")));
        assertEquals('\t', CsvFiles.detectDelimiter(file("name\temail\n")));
        // Separators inside quotes do not count.
        assertEquals(';', CsvFiles.detectDelimiter(file("\"Name, full\";\"Mail, work\"\n")));
    }

    @Test
    void skipsTheByteOrderMark() throws IOException {
        byte[] text = "Name;Email\nAda;ada@example.com\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path upload = file(withBom);
        assertEquals(';', CsvFiles.detectDelimiter(upload));
        assertEquals(List.of("Name", "Email"), CsvFiles.header(upload, ';'));
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
        Path upload = file("name,notes\n\"Lovelace, Ada\",\"said \"\"call me\"\"\nnext week\"\n");
        try (CSVParser parser = CsvFiles.open(upload, ',')) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(List.of("Lovelace, Ada", "said \"call me\"\nnext week"), records.get(1).toList());
        }
    }

    @Test
    void refusesEmptyAndNonUtf8Files() throws IOException {
        assertThrows(InvalidInputException.class, () -> CsvFiles.detectDelimiter(file("")));
        assertThrows(InvalidInputException.class,
                () -> CsvFiles.detectDelimiter(file(new byte[] {'N', 'a', (byte) 0xE9, 'm', '\n'})));
    }

    @Test
    void aLineLongerThanTheBoundIsRefusedBeforeItIsReadWhole() throws IOException {
        Path longHeader = file("name,email," + "x".repeat(CsvFiles.MAX_LINE_CHARS) + "\n");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CsvFiles.detectDelimiter(longHeader));
        assertEquals("the header row is longer than 65536 characters", refused.getMessage().replaceFirst("^body: ", ""));
        Path longRow = file("name,notes\nAda," + "y".repeat(CsvFiles.MAX_LINE_CHARS) + "\n");
        try (CSVParser parser = CsvFiles.open(longRow, ',')) {
            UncheckedIOException failed = assertThrows(UncheckedIOException.class, parser::getRecords);
            assertEquals("a line is longer than 65536 characters", failed.getCause().getMessage());
        }
        // Many short lines are fine, however long the field they make together.
        Path manyLines = file("name,notes\nAda,\"" + "z\n".repeat(CsvFiles.MAX_LINE_CHARS) + "\"\n");
        try (CSVParser parser = CsvFiles.open(manyLines, ',')) {
            assertEquals(2, parser.getRecords().size());
        }
    }

    @Test
    void aHeaderOfMoreThanTheMostColumnsIsRefused() throws IOException {
        Path wide = file("c" + ",c".repeat(CsvFiles.MAX_COLUMNS) + "\n");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CsvFiles.header(wide, ','));
        assertTrue(refused.getMessage().contains("501 columns"), refused.getMessage());
        assertEquals(CsvFiles.MAX_COLUMNS, CsvFiles.header(file("c" + ",c".repeat(CsvFiles.MAX_COLUMNS - 1) + "\n"), ',').size());
    }

    @Test
    void formulaLeadingCellsAreMadeText() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, CsvCells.safe(formula));
        }
        assertEquals("Ada", CsvCells.safe("Ada"));
        assertEquals("", CsvCells.safe(""));
        assertEquals(7L, CsvCells.safe(7L));
        assertEquals(null, CsvCells.safe(null));
    }
}
