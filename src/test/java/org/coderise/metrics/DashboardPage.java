package org.coderise.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.coderise.identity.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /manager/dashboard.xhtml}: the goal chart, the funnel and one breakdown table. */
final class DashboardPage extends Page {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private DashboardPage(WebDriver driver, String base) {
        super(driver, base);
    }

    static DashboardPage open(WebDriver driver, String base) {
        driver.get(base + MetricsApi.DASHBOARD);
        return new DashboardPage(driver, base).waitForCharts();
    }

    /** The goal chart's canvas once Chart.js has drawn it (a canvas gets its size when drawn). */
    WebElement goalChart() {
        return driver.findElement(By.cssSelector("#goalChart canvas"));
    }

    /** Shows the breakdown by {@code dimension} (its code, e.g. {@code gender}). */
    DashboardPage breakDownBy(String dimension) {
        new Select(field("filters:dimension")).selectByValue(dimension);
        WebElement table = field("breakdownTable");
        field("filters:apply").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(table));
        return waitForCharts();
    }

    /** The breakdown's cells in the row of {@code group}, as shown; empty when there is no such row. */
    List<String> breakdownRow(String group) {
        return driver.findElements(By.xpath("//table[@id='breakdownTable']//tr[th[normalize-space()='" + group
                + "']]/td")).stream().map(WebElement::getText).toList();
    }

    String breakdownCaption() {
        return driver.findElement(By.cssSelector("#breakdownTable caption")).getText();
    }

    /** Saves what the window shows, scrolled to {@code elementId}, as target/screenshots/NAME.png. */
    void screenshot(String elementId, String name) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", field(elementId));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DashboardPage waitForCharts() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> goalChart().getSize().getHeight() > 0
                && d.findElement(By.cssSelector("#funnelChart canvas")).getSize().getHeight() > 0);
        return this;
    }
}
