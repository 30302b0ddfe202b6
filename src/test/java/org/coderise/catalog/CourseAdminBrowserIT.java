package org.coderise.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.coderise.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin's path: sign in, see the imported courses and their last imports, re-import and read the outcome. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseAdminBrowserIT {
    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void startBrowser() {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests switched off (-DskipBrowserTests)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdminSeesTheImportedCoursesAndReimportsWithNothingChanged() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("loginForm:email")).sendKeys("admin@coderise.test");
        browser.findElement(By.id("loginForm:password")).sendKeys("coderise-demo");
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));

        browser.get(base + "admin/courses.xhtml");
        String courses = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("courses"))).getText();
        assertTrue(courses.contains("python-first-steps") && courses.contains("javascript-fundamentals"), courses);
        assertTrue(browser.findElement(By.id("imports")).getText().contains("Published"));

        browser.findElement(By.id("reimportForm:reimport")).click();
        String message = wait.ignoring(StaleElementReferenceException.class)
                .until(d -> textOnceShown(d.findElement(By.id("globalMessages"))));
        assertTrue(message.contains("Import done: 0 published"), message);
    }

    /** The element's text once it has some: the messages are replaced after the click, possibly more than once. */
    private static String textOnceShown(WebElement element) {
        String text = element.getText();
        return text.isBlank() ? null : text;
    }
}
