package org.coderise.learning.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A lesson: its text, and "mark as done" which moves on to the next item. */
final class LessonPage {
    private final Browser browser;

    LessonPage(Browser browser) {
        this.browser = browser;
    }

    LessonPage open(String courseId, String lessonId) {
        browser.open("learn/lesson.xhtml?course=" + courseId + "&item=" + lessonId);
        return this;
    }

    String title() {
        return browser.driver.findElement(By.id("lessonTitle")).getText();
    }

    String body() {
        return browser.driver.findElement(By.id("lessonBody")).getText();
    }

    void markDoneAndContinue() {
        String before = browser.driver.getCurrentUrl();
        browser.driver.findElement(By.id("lessonForm:markDone")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }
}
