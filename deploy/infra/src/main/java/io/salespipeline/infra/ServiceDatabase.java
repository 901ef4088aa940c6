package io.salespipeline.infra;

import java.util.List;

/**
 * One database and one role per service: no service can read another's tables. The passwords
 * here are local-run and test defaults only; deployed services get theirs from secrets.
 */
public record ServiceDatabase(String name, String user, String password) {

    public static final List<ServiceDatabase> ALL = List.of(
            of("lead"), of("prospect"), of("proposal"), of("contract"), of("fulfillment"));

    public static ServiceDatabase of(String name) {
        return new ServiceDatabase(name, name, name + "-local");
    }

    public String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }
}
