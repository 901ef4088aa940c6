package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.lead.application.imports.ImportSpool;
import io.salespipeline.lead.application.imports.ImportWorkers;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import io.salespipeline.infra.testing.PrometheusText;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class LeadImportResourceTest {

    // A seller imports the business cards of a conference.
    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Inject
    DataSource dataSource;

    @Inject
    ImportWorkers workers;

    @Inject
    ImportSpool spool;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    private static RequestSpecification upload(byte[] csv, String sourceDetail, Object... moreQuery) {
        RequestSpecification request = given().contentType("text/csv").body(csv)
                .queryParam("sourceKind", "CONFERENCE").queryParam("sourceDetail", sourceDetail);
        for (int i = 0; i < moreQuery.length; i += 2) {
            request = request.queryParam((String) moreQuery[i], moreQuery[i + 1]);
        }
        return request;
    }

    private static String start(String csv, String sourceDetail, Object... moreQuery) {
        return start(csv.getBytes(StandardCharsets.UTF_8), sourceDetail, moreQuery);
    }

    private static String start(byte[] csv, String sourceDetail, Object... moreQuery) {
        return upload(csv, sourceDetail, moreQuery).post("/api/lead-imports")
                .then().statusCode(202).header("Location", containsString("/api/lead-imports/"))
                .extract().path("id");
    }

    private static JsonPath finished(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String state = given().get("/api/lead-imports/{id}", id).then().statusCode(200).extract().path("state");
            return "COMPLETED".equals(state) || "FAILED".equals(state);
        });
        return given().get("/api/lead-imports/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** The imported leads of one source detail: e-mail (or phone) → name, company, country. */
    private Map<String, List<String>> leadsOf(String sourceDetail) throws SQLException {
        Map<String, List<String>> leads = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select coalesce(email, phone), person_name, company, country, source_kind, notes, attributes::text "
                        + "from lead where source_detail = ?")) {
            select.setString(1, sourceDetail);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<String> values = new ArrayList<>();
                    for (int column = 2; column <= 7; column++) {
                        values.add(rows.getString(column));
                    }
                    leads.put(rows.getString(1), values);
                }
            }
        }
        return leads;
    }

    private static List<CSVRecord> errors(String id, char delimiter) throws Exception {
        String csv = given().get("/api/lead-imports/{id}/errors", id).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void importsASemicolonFileWithByteOrderMarkQuotesAndGermanHeaders() throws Exception {
        String list = unique("Hannover Messe");
        String csv = "\uFEFFVorname;Nachname;E-Mail;Firma;Land;Notizen;Stand\n"
                + "Ada;Lovelace;ADA@Engines.example;\"Analytical; Engines Ltd\";GB;\"met at \"\"booth\"\"\nline two\";B12\n"
                + "Charles;Babbage;charles@engines.example;Difference Engines;gb;;\n";
        String id = start(csv, list);

        JsonPath done = finished(id);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(2, done.getInt("rowsRead"));
        assertEquals(2, done.getInt("created"));
        assertEquals(0, done.getInt("duplicates"));
        assertEquals(0, done.getInt("rejected"));
        assertEquals(";", done.getString("separator"));
        assertEquals("CONFERENCE", done.getString("source.kind"));
        assertEquals(list, done.getString("source.detail"));
        assertEquals("E-Mail", done.getString("mapping.email"));
        assertTrue(Double.parseDouble(done.getString("rate")) > 0);

        Map<String, List<String>> leads = leadsOf(list);
        assertEquals(List.of("Ada Lovelace", "Analytical; Engines Ltd", "GB", "CONFERENCE",
                "met at \"booth\"\nline two", "{\"Stand\": \"B12\"}"), leads.get("ada@engines.example"));
        assertEquals(List.of("Charles Babbage", "Difference Engines", "GB", "CONFERENCE"),
                leads.get("charles@engines.example").subList(0, 4));
    }

    @Test
    void theImportingSellerOwnsTheLeadsWhichEnterTheLeadStage_andAnotherSellerCannotSeeTheImport() throws Exception {
        String list = unique("Owned list");
        double enteredBefore = entered();
        String id = start("name,email\nOwned One,owned-one-" + UUID.randomUUID() + "@example.com\n"
                + "Owned Two,owned-two-" + UUID.randomUUID() + "@example.com\n", list);
        assertEquals(2, finished(id).getInt("created"));
        enteredBecomes(enteredBefore + 2); // the funnel's meter counts imported leads
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select l.owner, s.stage from lead l left join stage_record s on s.record_id = l.id where l.source_detail = ?")) {
            select.setString(1, list);
            try (ResultSet rows = select.executeQuery()) {
                int count = 0;
                while (rows.next()) {
                    count++;
                    assertEquals("sam.seller", rows.getString(1));
                    assertEquals("LEAD", rows.getString(2), "an imported lead enters the lead stage (funnel)");
                }
                assertEquals(2, count);
            }
        }
        given().header(Tokens.as("sue.seller", Roles.SELLER)).get("/api/lead-imports/{id}", id).then().statusCode(404);
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).get("/api/lead-imports/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void aGivenMappingNamesTheColumns() throws Exception {
        String list = unique("Purchased list");
        // A company of its own: name + company identify a person, and other tests take in a Grace Hopper of Navy Labs.
        String company = unique("Navy Labs");
        String csv = "Contact person,Primary,Org\nGrace Hopper,+1 202 555 0100," + company + "\n";
        String id = given().contentType("text/csv").body(csv).queryParam("sourceKind", "DIRECT_MAIL_LIST")
                .queryParam("sourceDetail", list).queryParam("column.name", "Contact person")
                .queryParam("column.phone", "Primary").queryParam("column.company", "Org")
                .post("/api/lead-imports").then().statusCode(202).extract().path("id");
        assertEquals("COMPLETED", finished(id).getString("state"));
        assertEquals(Arrays.asList("Grace Hopper", company, null, "DIRECT_MAIL_LIST", null, "{}"),
                leadsOf(list).get("+1 202 555 0100"));
    }

    @Test
    void skipsBadRowsAndReportsEachWithItsReason() throws Exception {
        String list = unique("E-mail list");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Addresses of this test only: the database is shared with the other test classes.
        String csv = ("name,email,country\n"
                + "Ada,ada-%1$s@skip.example,GB\n"
                + "Bad Mail,not-an-address,GB\n"
                + "Grace,grace-%1$s@skip.example,US\n"
                + ",nobody-%1$s@skip.example,US\n"
                + "Too,many,fields,here\n"
                + "Alan,alan-%1$s@skip.example,XX\n").formatted(tag);
        String id = start(csv, list, "mode", "SKIP_BAD_ROWS");
        JsonPath done = finished(id);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(6, done.getInt("rowsRead"));
        assertEquals(2, done.getInt("created"));
        assertEquals(4, done.getInt("rejected"));
        assertEquals(2, leadsOf(list).size());

        List<CSVRecord> errors = errors(id, ',');
        assertEquals(List.of("row", "reason", "name", "email", "country"), errors.get(0).toList());
        assertEquals(List.of("2", "email: is not an e-mail address", "Bad Mail", "not-an-address", "GB"),
                errors.get(1).toList());
        assertEquals(List.of("4", "name: must not be blank", "", "nobody-" + tag + "@skip.example", "US"),
                errors.get(2).toList());
        assertEquals(List.of("5", "row: has 4 fields, the header has 3", "Too", "many", "fields", "here"),
                errors.get(3).toList());
        assertEquals("6", errors.get(4).get(0));
        assertTrue(errors.get(4).get(1).startsWith("country:"));
        assertEquals(5, errors.size());
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsBad() throws Exception {
        String list = unique("Organisation list");
        StringBuilder csv = new StringBuilder("name;email\n");
        for (int i = 0; i < 2500; i++) { // several batches before and after the bad row
            csv.append("Person ").append(i).append(";p").append(i).append("@aon.example\n");
            if (i == 1800) {
                csv.append("Broken;broken\n");
            }
        }
        double enteredBefore = entered();
        String id = start(csv.toString(), list, "mode", "ALL_OR_NOTHING");
        JsonPath done = finished(id);
        assertEquals("FAILED", done.getString("state"));
        assertEquals(enteredBefore, entered(), "nothing committed, nothing counted");
        assertEquals(2501, done.getInt("rowsRead"));
        assertEquals(0, done.getInt("created"));
        assertEquals(1, done.getInt("rejected"));
        assertTrue(done.getString("failure").contains("nothing is imported"), done.getString("failure"));
        assertEquals(0, leadsOf(list).size());
        List<CSVRecord> errors = errors(id, ';');
        assertEquals(List.of("1802", "email: is not an e-mail address", "Broken", "broken"), errors.get(1).toList());
    }

    @Test
    void allOrNothingImportsAGoodFileWhole() throws Exception {
        String list = unique("Organisation list");
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("Person ").append(i).append(",q").append(i).append("@aon.example\n");
        }
        double enteredBefore = entered();
        JsonPath done = finished(start(csv.toString(), list, "mode", "ALL_OR_NOTHING"));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(2500, done.getInt("created"));
        enteredBecomes(enteredBefore + 2500); // counted once, after the one commit
        assertEquals(2500, leadsOf(list).size());
    }

    @Test
    void aFileThatStopsBeingCsvFailsAndSaysWhatWasImported() throws Exception {
        String list = unique("Scanned cards");
        String csv = "name,email\nAda,ada@cards.example\n\"Grace,grace@cards.example\n";
        JsonPath done = finished(start(csv, list));
        assertEquals("FAILED", done.getString("state"));
        assertEquals(1, done.getInt("created"));
        assertTrue(done.getString("failure").contains("not valid CSV after row 1"), done.getString("failure"));
        assertEquals(1, leadsOf(list).size());
    }

    @Test
    void duplicatesAreCountedNotImported() throws Exception {
        String list = unique("Purchased e-mail list");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Already a lead before the import.
        given().contentType("application/json").body("""
                {"name": "Existing Person", "email": "existing-%s@dup.example", "source": {"kind": "MANUAL"}}"""
                .formatted(tag)).post("/api/leads").then().statusCode(201);
        String csv = "name,email,phone,company,country\n"
                + "New Person,new-%1$s@dup.example,,,DE\n"
                + "Existing Again,EXISTING-%1$s@dup.example,,,DE\n" // same e-mail as the existing lead
                + "New Person,NEW-%1$s@dup.example ,,,DE\n" // same e-mail as row 1 of this file
                + "Phone Person,,+49 30 %2$s,,DE\n"
                + "Phone Again,,030 %2$s,,DE\n" // same phone, national format
                + "Jörg Müller,jm1-%1$s@dup.example,,Müller %1$s GmbH,DE\n"
                + "Jorg Muller,jm2-%1$s@dup.example,,Muller %1$s,DE\n"; // same name + company
        String phone = String.valueOf(1_000_000 + Math.abs(tag.hashCode() % 8_000_000));
        JsonPath done = finished(start(csv.formatted(tag, phone), list));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(7, done.getInt("rowsRead"));
        assertEquals(3, done.getInt("created"));
        assertEquals(4, done.getInt("duplicates"));
        assertEquals(0, done.getInt("rejected"));
        assertEquals(3, leadsOf(list).size());
    }

    @Test
    void aFileOfManyChunksKeepsFileOrder_duplicatesAcrossChunkBordersAndRowNumbersOfTheErrors() throws Exception {
        // Rows are checked in chunks of 1 000 on several threads (the test profile runs three): a
        // person met again in a later chunk is a duplicate of the first row, and each rejected row
        // keeps its own row number, in file order, whichever chunk finished first.
        String list = unique("Chunked list");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String phone = String.valueOf(1_000_000 + Math.abs(tag.hashCode() % 8_000_000));
        given().contentType("application/json").body("""
                {"name": "Known Before", "email": "pre-%s@chunks.example", "source": {"kind": "MANUAL"}}"""
                .formatted(tag)).post("/api/leads").then().statusCode(201);
        Map<Integer, String> special = Map.ofEntries(
                Map.entry(2, "Person 2,not-an-address,,DE"), // rejected, first chunk
                Map.entry(1000, "Person 1000,broken,,DE"), // rejected, last row of the first chunk
                Map.entry(1001, "Later 1001,C999-%s@CHUNKS.EXAMPLE,,DE".formatted(tag.toUpperCase())), // = row 999
                Map.entry(1002, "Later 1002,c998-%s@chunks.example,,DE".formatted(tag)), // = row 998
                Map.entry(2001, "Later 2001,c1-%s@chunks.example,,DE".formatted(tag)), // = row 1
                Map.entry(3001, ",c3001-%s@chunks.example,,DE".formatted(tag)), // rejected: no name
                Map.entry(4500, "Later 4500,pre-%s@chunks.example,,DE".formatted(tag)), // = the lead made before
                Map.entry(4999, "Person 4999,,+49 30 %s,DE".formatted(phone)),
                Map.entry(5001, "Later 5001,,030 %s,DE".formatted(phone)), // = row 4999, national format
                Map.entry(6499, "Person 6499,c6499-%s@chunks.example,,XX".formatted(tag)), // rejected: country
                Map.entry(6500, "Later 6500,c3000-%s@chunks.example,,DE".formatted(tag))); // = row 3000, last chunk
        StringBuilder csv = new StringBuilder("name,email,phone,country\n");
        for (int row = 1; row <= 6500; row++) {
            csv.append(special.getOrDefault(row, "Person %d,c%d-%s@chunks.example,,DE".formatted(row, row, tag)))
                    .append('\n');
        }

        JsonPath done = finished(start(csv.toString(), list));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(6500, done.getInt("rowsRead"));
        assertEquals(4, done.getInt("rejected"));
        assertEquals(6, done.getInt("duplicates"));
        assertEquals(6490, done.getInt("created"));

        Map<String, List<String>> leads = leadsOf(list);
        assertEquals(6490, leads.size());
        // The first row of a person made the lead; its repeats in later chunks did not.
        for (int row : new int[] {1, 998, 999, 3000, 6498}) {
            assertEquals("Person " + row, leads.get("c" + row + "-" + tag + "@chunks.example").get(0));
        }
        assertEquals("Person 4999", leads.get("+49 30 " + phone).get(0));
        assertTrue(leads.keySet().stream().noneMatch(key -> key.startsWith("pre-")));

        List<CSVRecord> errors = errors(id(done), ',');
        assertEquals(5, errors.size());
        assertEquals(List.of("2", "email: is not an e-mail address", "Person 2", "not-an-address", "", "DE"),
                errors.get(1).toList());
        assertEquals(List.of("1000", "email: is not an e-mail address", "Person 1000", "broken", "", "DE"),
                errors.get(2).toList());
        assertEquals(List.of("3001", "name: must not be blank"), errors.get(3).toList().subList(0, 2));
        assertEquals("6499", errors.get(4).get(0));
        assertTrue(errors.get(4).get(1).startsWith("country:"), errors.get(4).get(1));
    }

    private static String id(JsonPath done) {
        return done.getString("id");
    }

    @Test
    void refusesWhatCannotBeImportedWithProblemDetails() {
        byte[] good = "name,email\nAda,ada@refused.example\n".getBytes(StandardCharsets.UTF_8);
        upload("name,company\nAda,Engines\n".getBytes(StandardCharsets.UTF_8), "L").post("/api/lead-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("column.email"));
        upload(good, "L", "column.email", "Mail").post("/api/lead-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("column.email"));
        upload(good, "L", "column.salary", "name").post("/api/lead-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("column.salary"));
        upload(new byte[0], "L").post("/api/lead-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        upload(good, "L", "mode", "SOMETIMES").post("/api/lead-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("mode"));
        given().contentType("text/csv").body(good).queryParam("sourceKind", "WEB_FORM").queryParam("sourceDetail", "x")
                .post("/api/lead-imports").then().statusCode(400).body("errors[0].field", equalTo("sourceKind"));
        given().contentType("text/csv").body(good).queryParam("sourceKind", "EMAIL_LIST")
                .post("/api/lead-imports").then().statusCode(400).body("errors[0].field", equalTo("sourceDetail"));
        given().get("/api/lead-imports/{id}", UUID.randomUUID()).then().statusCode(404);
        given().get("/api/lead-imports/{id}/errors", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anAddressOnTheDoNotContactRegisterIsRejectedWithoutEchoingTheRow() throws Exception {
        String forgotten = "forgotten-" + UUID.randomUUID() + "@import.example";
        given().header(Tokens.as("max.manager", Roles.SALES_MANAGER)).contentType("application/json")
                .body("{\"email\": \"" + forgotten + "\"}").post("/api/erasure-requests").then().statusCode(202);
        String list = unique("List with a forgotten person");
        String id = start("name,email,phone\nFrida Forgotten," + forgotten.toUpperCase() + ",+49 30 5550 0001\n"
                + "Gina Good,gina-" + UUID.randomUUID() + "@import.example,\n", list);
        JsonPath done = finished(id);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(1, done.getInt("created"));
        assertEquals(1, done.getInt("rejected"));
        assertEquals(1, leadsOf(list).size());
        List<CSVRecord> errors = errors(id, ',');
        assertEquals(List.of("1", "email: the person asked not to be contacted"), errors.get(1).toList());
        assertEquals(2, errors.size());
    }

    @Test
    void formulaLeadingCellsOfTheErrorsFileAreNeutralised() throws Exception {
        String id = start("name,email,@Stand\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",not-an-address,+1+1\n"
                + "-2+3,also-not-an-address,\"\tx\"\n"
                + "Plain Name,still-not-an-address,\"\rcr\"\n", unique("Formulas"));
        assertEquals(3, finished(id).getInt("rejected"));
        List<CSVRecord> errors = errors(id, ',');
        assertEquals(List.of("row", "reason", "name", "email", "'@Stand"), errors.get(0).toList());
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", errors.get(1).get(2));
        assertEquals("'+1+1", errors.get(1).get(4));
        assertEquals("'-2+3", errors.get(2).get(2));
        assertEquals("'\tx", errors.get(2).get(4));
        assertEquals("'\rcr", errors.get(3).get(4));
        assertEquals("Plain Name", errors.get(3).get(2));
    }

    @Test
    void aHeaderOfThousandsOfColumnsIsRefusedWithAShortAnswer() {
        StringBuilder header = new StringBuilder("name,email");
        for (int i = 0; i < 3000; i++) {
            header.append(",column number ").append(i);
        }
        String answer = upload((header + "\nAda,ada@wide.example\n").getBytes(StandardCharsets.UTF_8), "Wide")
                .post("/api/lead-imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).extract().asString();
        assertTrue(answer.length() < 600, answer.length() + " characters: " + answer);
        assertTrue(answer.contains("500 columns"), answer);
        String longHeader = "name,email," + "x".repeat(200_000) + "\nAda,ada@long.example,1\n";
        answer = upload(longHeader.getBytes(StandardCharsets.UTF_8), "Long").post("/api/lead-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("body")).extract().asString();
        assertTrue(answer.length() < 600, answer.length() + " characters: " + answer);
        // A mapping that cannot be made names the columns only up to a bound.
        StringBuilder manyNames = new StringBuilder("company");
        for (int i = 0; i < 450; i++) {
            manyNames.append(",some rather long column name number ").append(i);
        }
        answer = upload((manyNames + "\nx\n").getBytes(StandardCharsets.UTF_8), "No name")
                .post("/api/lead-imports").then().statusCode(400).body("errors[0].field", equalTo("column.name"))
                .extract().asString();
        assertTrue(answer.length() < 1200, answer.length() + " characters: " + answer);
    }

    @Test
    void aDataLineLongerThanTheBoundEndsTheImportWithAShortReason() throws Exception {
        String list = unique("Long line");
        String id = start("name,email,notes\nAda,ada-" + UUID.randomUUID() + "@long.example,short\n"
                + "Bob,bob@long.example," + "y".repeat(200_000) + "\n", list);
        JsonPath done = finished(id);
        assertEquals("FAILED", done.getString("state"));
        assertEquals(1, done.getInt("created"));
        assertTrue(done.getString("failure").length() < 300, done.getString("failure"));
        assertTrue(done.getString("failure").contains("65536 characters"), done.getString("failure"));
    }

    @Test
    void anInterruptedImportIsResumedFromItsCheckpoint() throws Exception {
        String list = unique("Resumed list");
        UUID id = UUID.randomUUID();
        // A file of 5 rows whose first 2 were committed (checkpoint 2) before the service stopped.
        String csv = "name,email\nA,a@resume.example\nB,b@resume.example\nC,c@resume.example\n"
                + "D,d@resume.example\nE,e@resume.example\n";
        storedByAnotherReplica(id, csv);
        interrupted(id, list, "SKIP_BAD_ROWS", 2, 2);

        assertTrue(workers.recoverStale(Instant.now()).contains(id));
        JsonPath done = finished(id.toString());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(5, done.getInt("rowsRead"));
        assertEquals(5, done.getInt("created")); // 2 before the stop + 3 after
        // Rows 1 and 2 were not read again: only C, D and E were written by the resumed run.
        assertEquals(List.of("c@resume.example", "d@resume.example", "e@resume.example"),
                List.copyOf(leadsOf(list).keySet()));
        // The import has ended: its file is gone from the database.
        await().atMost(Duration.ofSeconds(10)).until(() -> !spool.holds(id));
    }

    @Test
    void anInterruptedImportWhoseFileIsGoneIsMarkedFailedWithWhatWasDone() {
        String list = unique("Lost list");
        UUID id = UUID.randomUUID();
        interrupted(id, list, "SKIP_BAD_ROWS", 3000, 2950);

        assertTrue(workers.recoverStale(Instant.now()).contains(id));
        JsonPath done = finished(id.toString());
        assertEquals("FAILED", done.getString("state"));
        assertEquals("The uploaded file is gone (the import was interrupted and cannot resume); rows 1 to 3000 "
                + "are imported (2950 created, 0 duplicates, 0 rejected), the rest is not", done.getString("failure"));
    }

    @Test
    void anInterruptedAllOrNothingImportStartsOver() throws Exception {
        String list = unique("Restarted list");
        UUID id = UUID.randomUUID();
        storedByAnotherReplica(id, "name,email\nA,a@restart.example\nB,b@restart.example\n");
        interrupted(id, list, "ALL_OR_NOTHING", 1, 1);

        assertTrue(workers.recoverStale(Instant.now()).contains(id));
        JsonPath done = finished(id.toString());
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(2, done.getInt("rowsRead"));
        assertEquals(2, done.getInt("created"));
        assertEquals(2, leadsOf(list).size());
    }

    /**
     * The file as another replica stored it: only in the database (this process never saw it),
     * in two parts split inside a row, as a file larger than one part is.
     */
    private void storedByAnotherReplica(UUID id, String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        int split = bytes.length / 2;
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into lead_import_file_part (import_id, part, bytes) values (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setInt(2, 0);
            insert.setBytes(3, Arrays.copyOfRange(bytes, 0, split));
            insert.executeUpdate();
            insert.setInt(2, 1);
            insert.setBytes(3, Arrays.copyOfRange(bytes, split, bytes.length));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An import sam.seller started, left RUNNING with an old heartbeat by a process that stopped mid-way. */
    private void interrupted(UUID id, String list, String mode, long checkpoint, long created) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into lead_import (id, state, mode, source_kind, source_detail, delimiter, header, mapping,
                    size_bytes, position_bytes, rows_read, created, checkpoint_row, worker, heartbeat_at, created_by,
                    principal, owner, created_at, started_at)
                values (?, 'RUNNING', ?, 'EMAIL_LIST', ?, ',', '{name,email}', '{"name": "name", "email": "email"}',
                    1000, 10, ?, ?, ?, 'a-stopped-process', now() - interval '10 minutes', 'sam.seller (seller)', 'user:sam.seller', 'sam.seller',
                    now() - interval '11 minutes', now() - interval '11 minutes')""")) {
            insert.setObject(1, id);
            insert.setString(2, mode);
            insert.setString(3, list);
            insert.setLong(4, checkpoint);
            insert.setLong(5, created);
            insert.setLong(6, checkpoint);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The meter is counted just after the commit that the import's state already shows. */
    private static void enteredBecomes(double expected) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> entered() == expected);
        assertEquals(expected, entered());
    }

    private static double entered() {
        return PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(),
                "sales_stage_entered_total", "stage=\"LEAD\"");
    }
}
