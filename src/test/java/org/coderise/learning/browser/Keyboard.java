package org.coderise.learning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** A keyboard-only user: keys go to whatever has the focus, as they do for a person. */
final class Keyboard {
    /** More Tab presses than any page of ours needs between two controls a person wants. */
    private static final int MAX_PRESSES = 15;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    void press(CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(browser.driver).sendKeys(key).perform();
        }
    }

    /** Types text, a key per character (a newline is Enter). */
    void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    /** Presses a key while holding a modifier (Actions#sendKeys would release the modifier first). */
    void pressWith(Keys modifier, CharSequence key) {
        new Actions(browser.driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    void tabUntil(BooleanSupplier reached) {
        repeatUntil(() -> press(Keys.TAB), reached);
    }

    void shiftTabUntil(BooleanSupplier reached) {
        repeatUntil(() -> pressWith(Keys.SHIFT, Keys.TAB), reached);
    }

    private void repeatUntil(Runnable press, BooleanSupplier reached) {
        for (int presses = 0; presses < MAX_PRESSES && !reached.getAsBoolean(); presses++) {
            press.run();
        }
        assertThat(reached.getAsBoolean()).as("reached within %d presses; focus is on '%s'", MAX_PRESSES,
                browser.focusedId()).isTrue();
    }
}
