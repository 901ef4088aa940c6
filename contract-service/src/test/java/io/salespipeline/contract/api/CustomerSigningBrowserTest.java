package io.salespipeline.contract.api;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's signing page in a real headless Chromium on a phone-sized viewport (390x844):
 * the customer asks for the code, types their name and the code from the e-mail (read from the
 * event, as a mailer would), confirms the hash and signs; a screenshot of the filled page is
 * written to target/ and checked. Skipped only where no Chromium is installed.
 */
@QuarkusTest
@WithTestResource(value = SalesInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class CustomerSigningBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theCustomerSignsOnAPhoneSizedPageInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: no Chromium here (apt-get install -y chromium chromium-driver)");
        Tokens.signIn("sam.seller", Roles.SELLER);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        try (CustomerMail mail = new CustomerMail()) {
            String id = AcceptedProposals.ownedContractFor(kafka, UUID.randomUUID(), "sam.seller");
            String hash = given().post("/api/contracts/{id}/sending", id).then().statusCode(200).extract()
                    .path("documentSha256");
            JsonPath link = mail.link(id, "CONTRACT_SIGNATURE");

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
                browser.get(origin + CustomerMail.path(link));
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                assertEquals(hash, browser.findElement(By.id("hash")).getText());
                browser.findElement(By.id("send-code")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-sent")));
                String code = mail.codeSent(link.getString("linkId"));

                WebElement name = browser.findElement(By.id("signerName"));
                name.clear();
                name.sendKeys("Ada Buyer");
                browser.findElement(By.id("hashConfirmed")).click();
                browser.findElement(By.id("code")).sendKeys(code);
                // Nothing is wider than the phone: no sideways scrolling.
                long scrollWidth = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scrollWidth <= WIDTH, "the page is " + scrollWidth + " px wide on a " + WIDTH + " px phone");
                checkScreenshot(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

                browser.findElement(By.id("sign")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
                assertTrue(browser.findElement(By.id("done")).getText().contains("you signed"));
            } finally {
                browser.quit();
                service.stop();
            }
            given().get("/api/contracts/{id}", id).then().statusCode(200)
                    .body("status", equalTo("PARTIALLY_SIGNED"))
                    .body("signatures[0].role", equalTo("CUSTOMER"))
                    .body("signatures[0].signerName", equalTo("Ada Buyer"))
                    .body("signatures[0].documentSha256", equalTo(hash))
                    .body("signatures[0].evidence.codeChecked", equalTo(true))
                    .body("signatures[0].evidence.userAgent", containsString("Chrome"));
        }
    }

    /** Written to target/ to look at; a phone-sized image that shows a page, not a blank or error screen. */
    private static void checkScreenshot(byte[] png) throws Exception {
        Path file = Path.of("target", "screenshots", "customer-signing-390x844.png");
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
                green |= rgb == 0x1F6F3A; // the sign button, or the confirmation of the code sent
            }
        }
        assertTrue(colours.size() > 20, "a rendered page has text and shapes, not " + colours.size() + " colours");
        assertTrue(green, "the page's green (sign button or code confirmation) is on screen");
    }
}
