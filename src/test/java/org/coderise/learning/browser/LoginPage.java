package org.coderise.learning.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page (identity's), as a learner uses it. */
final class LoginPage {
    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    void signIn(String email, String password) {
        browser.open("login.xhtml");
        signInOnThisPage(email, password);
    }

    /** Signs in on the sign-in page the browser was sent to (which then returns it where it was). */
    void signInOnThisPage(String email, String password) {
        browser.driver.findElement(By.id("loginForm:email")).sendKeys(email);
        browser.driver.findElement(By.id("loginForm:password")).sendKeys(password);
        browser.driver.findElement(By.id("loginForm:submit")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    }
}
