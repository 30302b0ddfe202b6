package org.coderise.identity.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every CodeRise page offers: the page header's navigation and language switcher. */
public abstract class Page {
    protected final WebDriver driver;
    protected final String base;

    protected Page(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    protected WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    protected void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(path));
    }

    /** The language of the page as its {@code <html lang>} declares it. */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Picks a language in the header; the page reloads in it. */
    public void switchLanguageTo(String languageCode) {
        new Select(field("languageForm:language")).selectByValue(languageCode);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> languageCode.equals(language()));
    }

    public LandingPage signOut() {
        field("signOutForm:signOut").click();
        waitForPath("index.xhtml");
        return new LandingPage(driver, base);
    }
}
