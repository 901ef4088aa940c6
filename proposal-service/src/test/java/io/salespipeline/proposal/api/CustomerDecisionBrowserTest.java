package io.salespipeline.proposal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.salespipeline.infra.SalesInfrastructure;
import io.salespipeline.infra.testing.Tokens;
import io.salespipeline.platform.security.Roles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's decision page in a real headless Chromium on a phone-sized viewport (390 x 844 CSS
 * pixels): the page fits without sideways scrolling, the customer clicks "Accept the offer", the
 * confirmation shows, a screenshot of it is written to target/screenshots and checked, and the
 * proposal is ACCEPTED. Skipped only where no Chromium is installed.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "proposal"))
class CustomerDecisionBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void signIn() {
        Tokens.signIn("sam.seller", Roles.SELLER);
    }

    @Test
    void theCustomerAcceptsOnAPhoneSizedScreen() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: no Chromium here (apt-get install -y chromium chromium-driver)");
        Drafts.Draft draft = Drafts.ownedDraft(kafka, "ONE_PAGE_QUOTE", "sam.seller");
        Drafts.addLine(draft.id(), "{\"sku\": \"PIPE-CRM-SEAT\", \"quantity\": \"12\", \"taxRatePercent\": \"19\"}");
        given().post("/api/proposals/{id}/sending", draft.id()).then().statusCode(200);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String page = origin + CustomerPages.pageOf(draft.id());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        byte[] screenshot;
        try {
            // A phone: 390 x 844 CSS pixels, touch, one device pixel per CSS pixel (the screenshot's size).
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            browser.get(page);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("accept")));
            JavascriptExecutor js = browser;
            assertEquals(390L, js.executeScript("return window.innerWidth"));
            assertTrue((Long) js.executeScript("return document.documentElement.scrollWidth") <= 390,
                    "the page fits the phone's width without sideways scrolling");
            // The reason field is labelled, and the accept button is big enough to tap (44 px).
            assertEquals("reason", browser.findElement(By.cssSelector("label[for=reason]")).getAttribute("for"));
            assertTrue(browser.findElement(By.id("accept")).getSize().getHeight() >= 44);

            browser.findElement(By.id("accept")).click();
            try {
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.done"),
                        "you accepted this offer"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no confirmation after the click; the browser shows: "
                        + browser.getPageSource(), e);
            }
            screenshot = browser.getScreenshotAs(OutputType.BYTES);
        } finally {
            browser.quit();
            service.stop();
        }

        Path written = Path.of("target", "screenshots", "customer-decision-accepted-390x844.png");
        Files.createDirectories(written.getParent());
        Files.write(written, screenshot);
        byte[] png = Files.readAllBytes(written);
        assertTrue(png.length > 1000, "a real screenshot, not an empty file: " + png.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(390, image.getWidth());
        assertEquals(844, image.getHeight());
        assertTrue(colours(image) > 2, "the screenshot shows the page, not a blank screen");

        given().get("/api/proposals/{id}", draft.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptanceRecordedBy", startsWith("customer-link:"))
                .body("acceptanceEvidence.userAgent", org.hamcrest.Matchers.containsString("Chrome"));
    }

    private static long colours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
                .distinct().limit(10).count();
    }
}
