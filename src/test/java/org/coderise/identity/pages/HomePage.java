package org.coderise.identity.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /home.xhtml}: what a signed-in person can do next, one card per role. */
public class HomePage extends Page {
    public HomePage(WebDriver driver, String base) {
        super(driver, base);
    }

    /** The heading of the learner's card, or empty text when the person is not a learner. */
    public String learnerCardTitle() {
        return driver.findElements(By.cssSelector("#learnerCard h2")).stream().findFirst()
                .map(WebElement::getText).orElse("");
    }
}
