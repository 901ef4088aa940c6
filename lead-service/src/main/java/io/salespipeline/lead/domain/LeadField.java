package io.salespipeline.lead.domain;

/** The lead field a web-form field fills; ATTRIBUTE keeps it as a free-form attribute under the field's name. */
public enum LeadField {
    NAME, EMAIL, PHONE, COMPANY, JOB_TITLE, COUNTRY, NOTES, ATTRIBUTE
}
