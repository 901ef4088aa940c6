package io.salespipeline.lead.domain;

/** How the contact said they want to learn more. */
public enum InterestChannel {
    PHONE, EMAIL, MEETING, WEB_FORM, EVENT, OTHER
}
