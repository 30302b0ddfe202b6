package org.coderise.learning.web;

import java.io.Serializable;
import java.util.Map;

/**
 * The exercise page's code editor: CodeMirror 5 from its WebJar with only the mode the exercise's language needs.
 * PrimeFaces Extensions' editor bundled every mode (345 KB compressed on a first visit); this is about 120 KB.
 *
 * @param mode       CodeMirror's name for the language
 * @param modeScript the script that defines the mode, under {@link #library()}; null for plain text
 */
public record CodeEditor(String mode, String modeScript) implements Serializable {
    /** The WebJar's folder, version included: keep it the pom's (CodeEditorTest checks it is on the class path). */
    public static final String LIBRARY = "codemirror/5.65.16";
    private static final CodeEditor PLAIN_TEXT = new CodeEditor("text/plain", null);
    private static final Map<String, CodeEditor> BY_LANGUAGE = Map.of(
            "python", new CodeEditor("python", "mode/python/python.js"),
            "javascript", new CodeEditor("javascript", "mode/javascript/javascript.js"),
            "java", new CodeEditor("text/x-java", "mode/clike/clike.js"),
            "c", new CodeEditor("text/x-csrc", "mode/clike/clike.js"));

    /** The editor for a language of the sandbox; plain text for one without a mode here. */
    public static CodeEditor forLanguage(String language) {
        return language == null ? PLAIN_TEXT : BY_LANGUAGE.getOrDefault(language, PLAIN_TEXT);
    }

    public String library() {
        return LIBRARY;
    }
}
