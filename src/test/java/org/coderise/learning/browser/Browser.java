package org.coderise.learning.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless chromium driven by its chromedriver, set up so Selenium never downloads anything. */
final class Browser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final String base;

    Browser(String base) {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600");
        this.driver = new ChromeDriver(service, options);
        this.base = base.endsWith("/") ? base : base + "/";
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves a screenshot as target/screenshots/NAME.png for the notes. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the browser's HTTP cache (not its cookies), so the next page is measured as a first visit. */
    void clearCache() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    /** Bytes the current page transferred over the network (document and every resource; cache hits count 0). */
    long transferredBytes() {
        Object total = script("return performance.getEntriesByType('navigation').concat("
                + "performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.transferSize || 0), 0);");
        return ((Number) total).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
