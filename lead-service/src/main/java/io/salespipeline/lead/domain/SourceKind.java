package io.salespipeline.lead.domain;

/** Where a lead came from; the detail says which list, conference, form or referrer. */
public enum SourceKind {
    DIRECT_MAIL_LIST, EMAIL_LIST, ORGANISATION_LIST, CONFERENCE, WEB_FORM, REFERRAL, MANUAL
}
