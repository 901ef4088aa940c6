package io.salespipeline.lead.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.infra.testing.Tokens;
import io.restassured.http.ContentType;
import io.salespipeline.infra.SalesInfrastructure;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example page (/forms/example.html) in a real headless Chromium: it fetches the form's
 * token, a visitor fills and sends it, the browser follows the 303 to the thank-you page, and
 * the lead exists with its web-form source. Skipped only where no Chromium is installed.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "lead"))
class ExampleFormBrowserTest {

    // An admin configures the form and, as a manager, reads the lead it made; the browser is anonymous.
    @BeforeEach
    void signInForTest() {
        Tokens.signIn("ada.admin", Roles.ADMIN, Roles.SALES_MANAGER);
    }


    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aVisitorFillsTheExampleFormAndTheLeadExistsWithItsSource() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: no Chromium here (apt-get install -y chromium chromium-driver)");
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String formId = "example-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"formId": "%s", "name": "Example page", "allowedOrigins": ["%s"],
                 "fields": [{"name": "full_name", "mapsTo": "NAME", "required": true},
                            {"name": "mail", "mapsTo": "EMAIL", "required": true},
                            {"name": "firm", "mapsTo": "COMPANY", "required": false},
                            {"name": "message", "mapsTo": "NOTES", "required": false}],
                 "thankYouUrl": "%s/forms/thanks.html", "errorUrl": "%s/forms/error.html",
                 "site": "example site", "page": "/forms/example.html", "minSecondsToSubmit": 1}"""
                .formatted(formId, origin, origin, origin)).post("/api/web-forms").then().statusCode(201);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        String mail = "browser." + UUID.randomUUID().toString().substring(0, 8) + "@visitor.example";
        try {
            browser.get(origin + "/forms/example.html?form=" + formId + "&utm_source=browser-test&utm_campaign=e2e");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-token-ready", "true"));
            browser.findElement(By.id("full_name")).sendKeys("Bea Browser");
            browser.findElement(By.id("mail")).sendKeys(mail);
            browser.findElement(By.id("firm")).sendKeys("Browser Works");
            browser.findElement(By.id("message")).sendKeys("Found you on the web");
            Thread.sleep(1200); // a person takes longer than the form's minimum time to submit
            browser.findElement(By.id("send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
            assertEquals(origin + "/forms/thanks.html", browser.getCurrentUrl());
        } finally {
            browser.quit();
            service.stop();
        }

        String id = given().queryParam("q", mail).get("/api/leads").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        given().get("/api/leads/{id}", id).then().statusCode(200)
                .body("contact.name", equalTo("Bea Browser")).body("contact.company", equalTo("Browser Works"))
                .body("source.kind", equalTo("WEB_FORM"))
                .body("sources[0].source.formId", equalTo(formId))
                .body("sources[0].source.page", equalTo("/forms/example.html"))
                .body("sources[0].source.utm.utm_source", equalTo("browser-test"))
                .body("sources[0].source.utm.utm_campaign", equalTo("e2e"))
                .body("notes", equalTo("Found you on the web"));
    }
}
