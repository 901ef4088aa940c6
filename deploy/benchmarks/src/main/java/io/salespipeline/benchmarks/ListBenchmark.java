package io.salespipeline.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /api/leads with a million leads in the table: the first page and a page deep in the list
 * (cursor at the 900 000th lead), plain and with filters/search. The leads are written straight
 * into the table with generate_series (the import path is measured separately), followed by
 * 150 000 newer leads of other sellers (see {@link #NEWER_OF_OTHERS_COUNT}).
 */
final class ListBenchmark {

    /** A seller who owns a tenth of the generated leads (and has 1 000 more shared with them). */
    static final String SELLER_MANY = "sally.seller";
    /** A seller who owns 100 of the generated leads (and has 20 more shared with them). */
    static final String SELLER_FEW = "fred.few";

    /**
     * 150 000 leads newer than every generated one, all owned by other sellers (mostly NEW, like
     * the intake and import parts leave them): in a full run those parts come first, so a seller's
     * newest-first list starts behind them. Written here too, so that the list part alone shows it.
     * Their keys, companies and source detail differ from the generated leads' (no clash, no share).
     */
    static final int NEWER_OF_OTHERS_COUNT = 150_000;

    private static final String NEWER_OF_OTHERS = """
            insert into lead (id, version, status, person_name, email, phone, company, job_title, country,
                              attributes, email_key, phone_key, name_company_key, source_kind, source_detail,
                              created_by, created_at, updated_at, owner)
            select gen_random_uuid(), 0,
                   (array['NEW','NEW','NEW','NEW','CONTACTED'])[1 + g % 5],
                   (array['Ada','Grace','Alan','Edsger','Barbara','Donald','Frances','John','Margaret','Ken'])[1 + g % 10]
                     || ' ' || (array['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Allen','Backus',
                                      'Hamilton','Thompson','Perlman','Lamarr','Shannon','Johnson','Wirth'])[1 + (g / 10) % 15]
                     || ' n' || g,
                   'newer' || g || '@intake' || (g % 5000) || '.example',
                   '+4940' || (10000000 + g),
                   'Intake ' || (g % 5000) || ' Ltd', 'Buyer',
                   (array['DE','GB','FR','US','NL','ES'])[1 + g % 6], '{}',
                   'newer' || g || '@intake' || (g % 5000) || '.example', '+4940' || (10000000 + g),
                   'person n' || g || '|intake ' || (g % 5000),
                   (array['WEB_FORM','EMAIL_LIST','MANUAL'])[1 + g % 3],
                   'generated newer', 'benchmark',
                   -- within the last second: newer than the newest generated lead (now() - 1 s)
                   now() - make_interval(secs => g * 0.000006), now(),
                   'seller.' || (g % 40)
            from generate_series(1, COUNT) g""".replace("COUNT", String.valueOf(NEWER_OF_OTHERS_COUNT));

    private final Api api;

    ListBenchmark(Api api) {
        this.api = api;
    }

    static long fill(String jdbcUrl, String user, String password, int total) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("""
                    insert into lead (id, version, status, person_name, email, phone, company, job_title, country,
                                      attributes, email_key, phone_key, name_company_key, source_kind, source_detail,
                                      created_by, created_at, updated_at, owner)
                    select gen_random_uuid(), 0,
                           (array['NEW','NEW','NEW','CONTACTED','DISQUALIFIED'])[1 + g % 5],
                           (array['Ada','Grace','Alan','Edsger','Barbara','Donald','Frances','John','Margaret','Ken'])[1 + g % 10]
                             || ' ' || (array['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Allen','Backus',
                                              'Hamilton','Thompson','Perlman','Lamarr','Shannon','Johnson','Wirth'])[1 + (g / 10) % 15]
                             || ' ' || g,
                           'gen' || g || '@company' || (g % 20000) || '.example',
                           '+4930' || (10000000 + g),
                           'Company ' || (g % 20000) || ' GmbH', 'Buyer',
                           (array['DE','GB','FR','US','NL','ES'])[1 + g % 6], '{}',
                           'gen' || g || '@company' || (g % 20000) || '.example', '+4930' || (10000000 + g),
                           'person ' || g || '|company ' || (g % 20000),
                           (array['EMAIL_LIST','CONFERENCE','DIRECT_MAIL_LIST','ORGANISATION_LIST','MANUAL'])[1 + g % 5],
                           'generated', 'benchmark',
                           now() - make_interval(secs => g), now() - make_interval(secs => g),
                           case when g % 10 = 1 then 'SELLER_MANY' when g % 10000 = 7 then 'SELLER_FEW'
                                when g % 10 between 2 and 6 then 'seller.' || (g % 40) end
                    from generate_series(1, TOTAL) g""".replace("TOTAL", String.valueOf(total))
                    .replace("SELLER_MANY", SELLER_MANY).replace("SELLER_FEW", SELLER_FEW));
            // Shared with the sellers too (g is the number the name ends with): the few-leads seller
            // gets 20 leads of others, the other one 1 000.
            statement.execute("""
                    insert into lead_shared_with (lead_id, subject)
                    select id, case when g % 50000 = 123 then 'SELLER_FEW' else 'SELLER_MANY' end
                    from (select id, substring(person_name from '([0-9]+)$')::int as g from lead
                          where source_detail = 'generated') generated
                    where g % 50000 = 123 or g % 1000 = 2""".replace("SELLER_FEW", SELLER_FEW)
                    .replace("SELLER_MANY", SELLER_MANY));
            statement.execute(NEWER_OF_OTHERS);
            statement.execute("vacuum analyze lead");
            statement.execute("vacuum analyze lead_shared_with");
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    /**
     * The cursor the API gives after the lead at this position of a sort (PageRequest v2: the
     * sort's name, the last id, the last sort key).
     */
    static String cursorAt(String jdbcUrl, String user, String password, String sort, long position)
            throws SQLException {
        return cursorWhere(jdbcUrl, user, password, sort, position, "true");
    }

    /** {@link #cursorAt} within the leads this seller sees (owns, or shared with them). */
    static String sellerCursorAt(String jdbcUrl, String user, String password, String sort, long position,
            String seller) throws SQLException {
        return cursorWhere(jdbcUrl, user, password, sort, position, "owner = '" + seller
                + "' or id in (select lead_id from lead_shared_with where subject = '" + seller + "')");
    }

    private static String cursorWhere(String jdbcUrl, String user, String password, String sort, long position,
            String where) throws SQLException {
        String order = sort.equals("name,asc") ? "sort_name asc, id asc" : "created_at desc, id desc";
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select id, sort_name, created_at from lead where " + where
                        + " order by " + order + " offset " + position + " limit 1")) {
            row.next();
            String key = sort.equals("name,asc") ? row.getString(2) : row.getTimestamp(3).toInstant().toString();
            return encode(Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("v2\n" + sort + "\n" + row.getObject(1) + "\n" + key).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Each query: 30 warm-up calls, then {@code calls} timed sequential calls. */
    Map<String, Latencies> run(Map<String, String> queries, int calls) {
        Map<String, Latencies> results = new LinkedHashMap<>();
        queries.forEach((name, query) -> {
            for (int i = 0; i < 30; i++) {
                api.get(query);
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < calls; i++) {
                long started = System.nanoTime();
                api.get(query);
                latencies.add((System.nanoTime() - started) / 1000);
            }
            results.put(name + "  " + query, latencies);
        });
        return results;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
