package org.coderise.learning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeEditorTest {
    private static final String WEBJARS = "META-INF/resources/webjars/";

    @Test
    void theEditorsLibraryIsTheWebJarOnTheClassPath() {
        Stream.of("lib/codemirror.js", "lib/codemirror.css", "addon/edit/matchbrackets.js").forEach(file ->
                assertThat(resource(CodeEditor.LIBRARY + "/" + file)).as(file).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript", "java", "c"})
    void eachLanguageOfTheSandboxLoadsAModeThatExists(String language) {
        CodeEditor editor = CodeEditor.forLanguage(language);

        assertThat(editor.modeScript()).isNotNull();
        assertThat(resource(editor.library() + "/" + editor.modeScript())).as(editor.modeScript()).isTrue();
    }

    @Test
    void aLanguageWithoutAModeIsEditedAsPlainText() {
        assertThat(CodeEditor.forLanguage("cobol")).isEqualTo(new CodeEditor("text/plain", null));
        assertThat(CodeEditor.forLanguage(null).modeScript()).isNull();
    }

    private static boolean resource(String path) {
        return CodeEditorTest.class.getClassLoader().getResource(WEBJARS + path) != null;
    }
}
