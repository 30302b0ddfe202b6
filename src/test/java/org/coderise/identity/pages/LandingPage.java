package org.coderise.identity.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The public landing page. */
public class LandingPage extends Page {
    public LandingPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public LoginPage goToSignIn() {
        field("navSignIn").click();
        waitForPath("login.xhtml");
        return new LoginPage(driver, base);
    }

    public boolean offersSignIn() {
        return !driver.findElements(By.id("navSignIn")).isEmpty();
    }
}
