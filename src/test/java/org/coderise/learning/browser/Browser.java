package org.coderise.learning.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.coderise.Browsers;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The project's chromium ({@link Browsers}) with what the learner's walk-throughs measure and record. */
final class Browser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A common phone's CSS viewport (390 × 844, as an iPhone 12–15), emulated as a touch device. */
    private static final Map<String, Object> PHONE = Map.of("width", 390, "height", 844, "deviceScaleFactor", 2,
            "mobile", true);

    final WebDriver driver;
    final String base;

    Browser(String base) {
        this.driver = Browsers.chromium();
        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
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

    /** The id of the element that has the keyboard focus ("" when it has none). */
    String focusedId() {
        return (String) script("return document.activeElement ? document.activeElement.id : '';");
    }

    /**
     * Saves the current page as target/screenshots/NAME-desktop.png (1280 px wide) and NAME-phone.png (a 390 px
     * phone viewport, the page laid out again for it).
     */
    void screenshots(String name) {
        save(name + "-desktop");
        cdp("Emulation.setDeviceMetricsOverride", PHONE);
        try {
            save(name + "-phone");
        } finally {
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void save(String name) {
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
        cdp("Network.clearBrowserCache", Map.of());
    }

    private void cdp(String command, Map<String, Object> parameters) {
        ((ChromeDriver) driver).executeCdpCommand(command, parameters);
    }

    /**
     * What the current page cost, from the Navigation and Resource Timing entries of the document and everything it
     * loaded: bytes over the network (headers included; a cache hit is 0), bodies as sent and as decoded (they differ
     * when the server compresses), and the addresses loaded.
     */
    @SuppressWarnings("unchecked")
    PageWeight pageWeight() {
        var entries = (Map<String, Object>) script("""
                const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                const sum = key => all.reduce((total, e) => total + (e[key] || 0), 0);
                return {transferred: sum('transferSize'), encoded: sum('encodedBodySize'),
                        decoded: sum('decodedBodySize'), names: all.map(e => e.name)};""");
        return new PageWeight(((Number) entries.get("transferred")).longValue(),
                ((Number) entries.get("encoded")).longValue(), ((Number) entries.get("decoded")).longValue(),
                (List<String>) entries.get("names"));
    }

    /** GETs an address of the application with the browser's session, as a download link would; returns the body. */
    @SuppressWarnings("unchecked")
    Download download(String address) {
        var result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(response => response.arrayBuffer().then(body => {
                  let binary = '';
                  new Uint8Array(body).forEach(b => binary += String.fromCharCode(b));
                  done({status: response.status, type: response.headers.get('content-type'), body: btoa(binary)});
                })).catch(error => done({status: -1, type: String(error), body: ''}));""", address);
        return new Download(((Number) result.get("status")).intValue(), (String) result.get("type"),
                Base64.getDecoder().decode((String) result.get("body")));
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Bytes of one page view; see {@link #pageWeight()}. */
    record PageWeight(long transferred, long encoded, long decoded, List<String> addresses) {
        boolean loaded(String fragment) {
            return addresses.stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains(fragment));
        }

        @Override
        public String toString() {
            return transferred + " bytes transferred (bodies " + encoded + " bytes as sent, " + decoded
                    + " decoded), " + addresses.size() + " requests";
        }
    }

    record Download(int status, String contentType, byte[] body) {
    }
}
