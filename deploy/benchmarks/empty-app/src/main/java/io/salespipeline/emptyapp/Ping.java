package io.salespipeline.emptyapp;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one endpoint: without any, Quarkus REST would not start its server the way a service does. */
@Path("/api/ping")
public class Ping {

    @GET
    @PermitAll
    public String ping() {
        return "pong";
    }
}
