package org.coderise.identity.pages;

import org.openqa.selenium.WebDriver;

/** {@code /login.xhtml}. */
public class LoginPage extends Page {
    public LoginPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public HomePage signIn(String email, String password) {
        type("loginForm:email", email);
        type("loginForm:password", password);
        field("loginForm:submit").click();
        waitForPath("home.xhtml");
        return new HomePage(driver, base);
    }
}
