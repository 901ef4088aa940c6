package io.salespipeline.lead.domain;

/**
 * The lead field a web-form field fills (its {@code mapsTo}); ATTRIBUTE keeps the value as a
 * free-form attribute under the field's name.
 */
public enum FormFieldTarget {
    NAME, EMAIL, PHONE, COMPANY, JOB_TITLE, COUNTRY, NOTES, ATTRIBUTE
}
