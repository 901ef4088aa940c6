package io.salespipeline.lead.application.imports;

/**
 * Cells of the CSV files this service hands out, made safe to open in a spreadsheet (OWASP CSV
 * injection): a cell starting with {@code = + - @}, a tab or a carriage return would be read as
 * a formula, so it is prefixed with a single quote and shows as the text it was.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static Object safe(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> value;
        };
    }
}
