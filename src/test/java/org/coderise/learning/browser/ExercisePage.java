package org.coderise.learning.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An exercise: the code editor, Run with input, Submit and the results as they arrive. */
final class ExercisePage {
    private final Browser browser;

    ExercisePage(Browser browser) {
        this.browser = browser;
    }

    ExercisePage open(String courseId, String exerciseId) {
        browser.open("learn/exercise.xhtml?course=" + courseId + "&item=" + exerciseId);
        awaitEditor();
        return this;
    }

    /** Waits for the editor of an exercise page the browser is already on. */
    void awaitEditor() {
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.script("return !!document.querySelector('.CodeMirror')")));
    }

    /** What the page last announced (refusals, a restored draft). */
    String announcement() {
        return browser.driver.findElement(By.id("exerciseAnnouncer")).getText();
    }

    /** Waits until the server has confirmed saving the editor's draft. */
    void awaitDraftSaved() {
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> browser.driver.findElement(By.id("draftStatus")).getText()
                .startsWith("Draft saved"));
    }

    String code() {
        return (String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    /** Whether the keyboard focus is in the code editor. */
    boolean editorFocused() {
        return Boolean.TRUE.equals(browser.script(
                "return !!(document.activeElement && document.activeElement.closest('.CodeMirror'));"));
    }

    /** Replaces the editor's content, as typing would (the editor saves to its form field on change). */
    void write(String code) {
        browser.script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", code);
    }

    /** Resets the code to the exercise's starter, confirming the browser's question; returns the editor's code then. */
    String resetToStarter() {
        WebElement editorBefore = browser.driver.findElement(By.cssSelector(".CodeMirror"));
        browser.driver.findElement(By.id("exerciseForm:reset")).click();
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(editorBefore));
        awaitEditor();
        return code();
    }

    String run(String input) {
        var stdin = browser.driver.findElement(By.id("exerciseForm:stdin"));
        stdin.clear();
        stdin.sendKeys(input);
        browser.driver.findElement(By.id("exerciseForm:run")).click();
        return browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("runOutput"))).getText();
    }

    /** Submits and waits for the graded result; returns its heading (verdict and score). */
    String submitAndAwaitResult() {
        List<WebElement> previous = browser.driver.findElements(By.id("attemptResultHeading"));
        browser.driver.findElement(By.id("exerciseForm:submit")).click();
        previous.forEach(old -> browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old)));
        awaitFocusOn("attemptResultHeading");
        return resultHeading();
    }

    /** Waits until a result heading is shown and has the focus, as it must when a result arrives. */
    void awaitFocusOn(String headingId) {
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id(headingId)));
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> headingId.equals(browser.focusedId()));
    }

    /** Scrolls the graded result to the top of the window, for a screenshot of it. */
    void scrollToResult() {
        browser.script("document.getElementById('attemptResultHeading').scrollIntoView()");
    }

    String resultHeading() {
        return browser.waitUpTo(Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("attemptResultHeading")).getText());
    }

    String runOutput() {
        return browser.driver.findElement(By.id("runOutput")).getText();
    }

    /** The aria-live value of the region around an element, announced by screen readers when it changes. */
    String liveRegionAround(String id) {
        return (String) browser.script("const region = document.getElementById(arguments[0]).closest('[aria-live]');"
                + "return region ? region.getAttribute('aria-live') : null;", id);
    }

    /** The per-test rows: test name, result, expected and got. */
    List<String> testRows() {
        return browser.driver.findElements(By.cssSelector("#testResults tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    String bestScore() {
        return browser.driver.findElement(By.id("bestScore")).getText();
    }

    void revealHint() {
        browser.driver.findElement(By.id("exerciseForm:revealHint")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hints li")));
    }
}
