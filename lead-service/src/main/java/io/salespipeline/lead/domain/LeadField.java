package io.salespipeline.lead.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lead fields a column of an imported file can fill, with the header names that are
 * recognised for each when no mapping is given (English, German, French, Spanish, Dutch;
 * compared lower-case without spaces, dashes or accents). Any other column is kept as a
 * free-form attribute under its header name.
 */
public enum LeadField {
    NAME("name", "name", "fullname", "contactname", "contact", "person", "vollername", "ansprechpartner",
            "nomcomplet", "nombre", "nombrecompleto", "naam", "volledigenaam"),
    FIRST_NAME("firstName", "firstname", "givenname", "forename", "vorname", "prenom", "voornaam"),
    LAST_NAME("lastName", "lastname", "surname", "familyname", "nachname", "nom", "apellido", "apellidos",
            "achternaam"),
    EMAIL("email", "email", "emailaddress", "mail", "emailadresse", "courriel", "adresseemail", "correo",
            "correoelectronico", "emailadres"),
    PHONE("phone", "phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell", "telefon",
            "telefonnummer", "handy", "mobil", "telephonenumber", "telefono", "movil", "telefoon"),
    COMPANY("company", "company", "companyname", "organisation", "organization", "org", "firm", "employer",
            "account", "firma", "unternehmen", "societe", "entreprise", "empresa", "bedrijf"),
    JOB_TITLE("jobTitle", "jobtitle", "title", "position", "role", "function", "berufsbezeichnung", "funktion",
            "titel", "poste", "fonction", "cargo", "puesto", "functie"),
    COUNTRY("country", "country", "countrycode", "land", "pays", "pais"),
    NOTES("notes", "notes", "note", "comment", "comments", "remarks", "notizen", "bemerkung", "kommentar",
            "remarques", "notas", "opmerkingen");

    private final String parameter;
    private final List<String> synonyms;

    LeadField(String parameter, String... synonyms) {
        this.parameter = parameter;
        this.synonyms = List.of(synonyms);
    }

    /** The name used in a given mapping ({@code column.<parameter>=<header>}). */
    public String parameter() {
        return parameter;
    }

    boolean recognises(String normalisedHeader) {
        return synonyms.contains(normalisedHeader);
    }

    public static Optional<LeadField> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(field -> field.parameter.equals(parameter)).findFirst();
    }
}
