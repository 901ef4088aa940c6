package io.salespipeline.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's survey page in a real headless Chromium on a phone-sized viewport (390x844): the
 * customer opens the link sent when the order was delivered (read from the event, as a mailer would),
 * picks a score, writes a comment and sends it; a screenshot of the filled page is written to
 * target/ and checked. The used link then answers its problem page. Skipped only where no Chromium
 * is installed.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "fulfillment"))
class CustomerSurveyBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theCustomerAnswersOnAPhoneSizedPageInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: no Chromium here (apt-get install -y chromium chromium-driver)");
        Tokens.signOut();
        JsonPath customer = DealClosedEvents.closeDeal(kafka, UUID.randomUUID(), "Browser Survey GmbH");
        String customerId = customer.getString("id");
        Header owner = Tokens.as(customer.getString("supportOwner"), Roles.SUPPORT);
        String orderId = given().header(owner).queryParam("customerId", customerId).get("/api/orders").then()
                .extract().path("items[0].id");
        for (String status : new String[] {"IN_PROGRESS", "SHIPPED", "DELIVERED"}) {
            given().header(owner).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                    .post("/api/orders/{id}/status", orderId).then().statusCode(200);
        }
        String page = SurveyMail.pageOf(orderId);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(origin + page);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            assertEquals("How did we do?", browser.findElement(By.tagName("h1")).getText());
            // Every score is a labelled radio button at least 44 px high (a finger, not a mouse).
            for (int score = 0; score <= 10; score++) {
                long height = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return Math.round(document.querySelector('label[for=\"score-" + score + "\"]')"
                                + ".getBoundingClientRect().height);");
                assertTrue(height >= 44, "score " + score + " is " + height + " px high");
            }
            browser.findElement(By.cssSelector("label[for='score-9']")).click();
            browser.findElement(By.id("comment")).sendKeys("Delivered on time, thank you.");
            // Nothing is wider than the phone: no sideways scrolling.
            long scrollWidth = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scrollWidth <= WIDTH, "the page is " + scrollWidth + " px wide on a " + WIDTH + " px phone");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('answer').scrollIntoView({block: 'end'});");
            checkScreenshot(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            browser.findElement(By.id("answer")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertTrue(browser.findElement(By.id("done")).getText().contains("Thank you"));

            // The link is spent: opening it again shows the problem page.
            browser.get(origin + page);
            assertEquals("Link already used", browser.findElement(By.tagName("h1")).getText());
        } finally {
            browser.quit();
            service.stop();
        }
        given().header(owner).get("/api/customers/{id}/surveys", customerId).then().statusCode(200)
                .body("items[0].score", equalTo(9)).body("items[0].comment", equalTo("Delivered on time, thank you."))
                .body("items[0].fromCustomer", equalTo(true))
                .body("items[0].evidence.userAgent", containsString("Chrome"));
    }

    /** Written to target/ to look at; a phone-sized image that shows a page, not a blank or error screen. */
    private static void checkScreenshot(byte[] png) throws Exception {
        Path file = Path.of("target", "screenshots", "customer-survey-390x844.png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WIDTH, image.getWidth(), "screenshot width");
        assertEquals(HEIGHT, image.getHeight(), "screenshot height");
        Set<Integer> colours = new HashSet<>();
        boolean green = false;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                green |= rgb == 0x1F6F3A; // the send button, or the chosen score's frame
            }
        }
        assertTrue(colours.size() > 20, "a rendered page has text and shapes, not " + colours.size() + " colours");
        assertTrue(green, "the page's green (the send button or the chosen score) is on screen");
    }
}
