package org.coderise.learning.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A course's page: syllabus, progress, Enroll / Continue and, once complete, the certificate. */
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

    /** Enrolls (the learner is not enrolled yet) and lands on the course's first item. */
    void enroll() {
        browser.driver.findElement(By.id("enrollForm:enroll")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/learn/"));
    }

    /** The address of the certificate's PDF, offered once the course is complete. */
    String certificateAddress() {
        return browser.driver.findElement(By.id("downloadCertificate")).getAttribute("href");
    }

    int progressPercent() {
        return Integer.parseInt(browser.driver.findElement(By.id("courseProgressBar")).getAttribute("value"));
    }
}
