package io.salespipeline.proposal.domain;

/** What a loss of the deal at another stage did to a proposal version ({@link Proposal#dealLostElsewhere}). */
public enum LossEffect { WITHDRAWN, MARKED, NONE }
