package org.coderise.learning.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A course's page: syllabus, progress and Enroll / Continue. */
final class CoursePage {
    private final Browser browser;

    CoursePage(Browser browser) {
        this.browser = browser;
    }

    CoursePage open(String courseId) {
        browser.open("course.xhtml?id=" + courseId);
        return this;
    }

    String title() {
        return browser.driver.findElement(By.id("courseTitle")).getText();
    }

    /** Enrolls when not enrolled yet (a rerun on the same database finds the learner enrolled already). */
    void enrollOrContinue() {
        var enroll = browser.driver.findElements(By.id("enrollForm:enroll"));
        if (enroll.isEmpty()) {
            browser.driver.findElement(By.id("continue")).click();
        } else {
            enroll.get(0).click();
        }
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/learn/"));
    }

    int progressPercent() {
        return Integer.parseInt(browser.driver.findElement(By.id("courseProgressBar")).getAttribute("value"));
    }
}
