package org.coderise.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictsBundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void everyVerdictHasAnExplanationInEveryLanguage(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.coderise.sandbox.api.Verdicts",
                Locale.forLanguageTag(language), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        for (Verdict verdict : Verdict.values()) {
            assertThat(bundle.getString("verdict." + verdict.name() + ".explanation")).isNotBlank();
        }
    }
}
