package io.salespipeline.platform.web;

import jakarta.enterprise.context.RequestScoped;

/** An actor named explicitly for one request (see {@link CurrentActor#actAs}). */
@RequestScoped
public class ActorOverride {

    private String name;

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }
}
