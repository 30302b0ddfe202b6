package org.coderise.identity.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** {@code /register.xhtml}: a newcomer creates their account. */
public class RegistrationPage extends Page {
    public RegistrationPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static RegistrationPage open(WebDriver driver, String base) {
        driver.get(base + "register.xhtml");
        return new RegistrationPage(driver, base);
    }

    /** Fills the required fields (country by ISO code) and submits; lands on the new learner's home. */
    public HomePage register(String name, String email, String password, String countryCode) {
        type("registerForm:displayName", name);
        type("registerForm:email", email);
        type("registerForm:password", password);
        new Select(field("registerForm:country")).selectByValue(countryCode);
        field("registerForm:submit").click();
        waitForPath("home.xhtml");
        return new HomePage(driver, base);
    }
}
