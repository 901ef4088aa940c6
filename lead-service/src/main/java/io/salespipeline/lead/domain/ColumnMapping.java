package io.salespipeline.lead.domain;

import io.salespipeline.platform.domain.InvalidInputException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of an imported file fills which lead field. Given fields come first (by header
 * name); the other fields are guessed from the header names (see {@link LeadField}). Columns
 * that fill no field are kept on the lead as free-form attributes under their header name.
 */
public final class ColumnMapping {

    private final List<String> header;
    private final Map<LeadField, Integer> columns;
    /** Per column: does it fill a field (else it is an attribute)? Looked up for every row. */
    private final boolean[] mapped;

    private ColumnMapping(List<String> header, Map<LeadField, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = columns;
        this.mapped = new boolean[header.size()];
        columns.values().forEach(index -> mapped[index] = true);
    }

    /**
     * @param given field parameter ({@code email}, {@code jobTitle}, ...) → header name
     * @throws InvalidInputException when a given field or column is unknown, or the mapping
     *                               cannot make a lead (no name, or neither e-mail nor phone)
     */
    public static ColumnMapping of(List<String> header, Map<String, String> given) {
        Map<LeadField, Integer> columns = new EnumMap<>(LeadField.class);
        Set<Integer> taken = new HashSet<>();
        given.forEach((parameter, column) -> {
            LeadField field = LeadField.ofParameter(parameter).orElseThrow(() -> new InvalidInputException(
                    "column." + parameter, "is not a lead field; fields: " + parameters()));
            int index = indexOf(header, column);
            if (index < 0) {
                throw new InvalidInputException("column." + parameter,
                        "names no column of the file; its columns are " + described(header));
            }
            columns.put(field, index);
            taken.add(index);
        });
        for (int index = 0; index < header.size(); index++) {
            if (taken.contains(index)) {
                continue;
            }
            String normalised = normalise(header.get(index));
            for (LeadField field : LeadField.values()) {
                if (!columns.containsKey(field) && field.recognises(normalised)) {
                    columns.put(field, index);
                    taken.add(index);
                    break;
                }
            }
        }
        ColumnMapping mapping = new ColumnMapping(header, columns);
        mapping.requireComplete();
        return mapping;
    }

    /** The header's first columns, for an error message: a wide file must not make a long answer. */
    static String described(List<String> header) {
        int shown = 20;
        List<String> first = header.stream().limit(shown)
                .map(name -> name.length() > 40 ? name.substring(0, 40) + "…" : name).toList();
        return header.size() <= shown ? first.toString()
                : first.toString().replaceFirst("]$", ", … " + (header.size() - shown) + " more]");
    }

    private void requireComplete() {
        if (!columns.containsKey(LeadField.NAME) && !columns.containsKey(LeadField.FIRST_NAME)
                && !columns.containsKey(LeadField.LAST_NAME)) {
            throw new InvalidInputException("column.name", "no column holds the name; its columns are " + described(header)
                    + " (map one with column.name=<header>, or column.firstName and column.lastName)");
        }
        if (!columns.containsKey(LeadField.EMAIL) && !columns.containsKey(LeadField.PHONE)) {
            throw new InvalidInputException("column.email", "no column holds an e-mail address or a phone number; "
                    + "its columns are " + described(header) + " (map one with column.email=<header> or column.phone=<header>)");
        }
    }

    /** The mapping as field parameter → header name, to store and to show. */
    public Map<String, String> asGiven() {
        Map<String, String> given = new LinkedHashMap<>();
        columns.forEach((field, index) -> given.put(field.parameter(), header.get(index)));
        return given;
    }

    public List<String> header() {
        return header;
    }

    /**
     * A new lead from one row, checked by the same rules as any other lead.
     *
     * @throws InvalidInputException naming what is wrong with the row
     */
    public Lead lead(List<String> row, SourceKind source, String sourceDetail, String actor, Instant now) {
        return lead(row, contact(row), source, sourceDetail, actor, now);
    }

    /**
     * The person of one row, checked ({@link Contact}'s rules).
     *
     * @throws InvalidInputException naming what is wrong with the row
     */
    public Contact contact(List<String> row) {
        if (row.size() != header.size()) {
            throw new InvalidInputException("row", "has " + row.size() + " fields, the header has " + header.size());
        }
        String name = value(row, LeadField.NAME);
        if (name == null) {
            name = join(value(row, LeadField.FIRST_NAME), value(row, LeadField.LAST_NAME));
        }
        return new Contact(name, value(row, LeadField.EMAIL), value(row, LeadField.PHONE),
                value(row, LeadField.COMPANY), value(row, LeadField.JOB_TITLE), value(row, LeadField.COUNTRY));
    }

    /** A new lead from one row and its {@link #contact(List) contact}. */
    public Lead lead(List<String> row, Contact contact, SourceKind source, String sourceDetail, String actor,
            Instant now) {
        return Lead.create(contact, value(row, LeadField.NOTES), attributes(row), source, sourceDetail, actor, now);
    }

    private Map<String, String> attributes(List<String> row) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int index = 0; index < header.size(); index++) {
            String value = row.get(index);
            if (!mapped[index] && !header.get(index).isBlank() && value != null && !value.isBlank()) {
                attributes.put(header.get(index).strip(), value.strip());
            }
        }
        return attributes;
    }

    private String value(List<String> row, LeadField field) {
        Integer index = columns.get(field);
        if (index == null) {
            return null;
        }
        String value = row.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }

    private static int indexOf(List<String> header, String column) {
        for (int index = 0; index < header.size(); index++) {
            if (header.get(index).strip().equalsIgnoreCase(column.strip())) {
                return index;
            }
        }
        return -1;
    }

    /** "E-Mail Address" → "emailaddress", "Prénom" → "prenom". */
    static String normalise(String headerName) {
        String withoutAccents = Normalizer.normalize(headerName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<String> parameters() {
        return java.util.Arrays.stream(LeadField.values()).map(LeadField::parameter).toList();
    }
}
