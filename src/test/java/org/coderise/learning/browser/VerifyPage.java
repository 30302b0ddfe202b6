package org.coderise.learning.browser;

import org.openqa.selenium.By;

/** The public certificate check at /verify/CODE, the address printed on every certificate. */
final class VerifyPage {
    private final Browser browser;

    VerifyPage(Browser browser) {
        this.browser = browser;
    }

    VerifyPage open(String code) {
        browser.open("verify/" + code);
        return this;
    }

    String learnerName() {
        return browser.driver.findElement(By.id("verifyName")).getText();
    }

    String courseTitle() {
        return browser.driver.findElement(By.id("verifyCourse")).getText();
    }

    /** Everything the page shows, to check what it does not reveal. */
    String pageText() {
        return browser.driver.getPageSource();
    }
}
