package org.coderise.catalog.api;

import java.io.Serializable;
import java.util.List;

/**
 * An exercise as learners see it: never the reference solution, never hidden tests.
 *
 * @param locale the locale of the texts: the requested one or the course's own language
 * @param promptHtml sanitised at import
 * @param hints revealed one at a time, in order
 * @param starterFiles what the editor opens with
 * @param visibleTests unit test files marked visible, shown in full
 * @param visibleCases I/O cases marked visible
 */
public record ExercisePage(String courseId, String exerciseId, int version, String locale, String title,
        String promptHtml, List<String> hints, String programmingLanguage, String entry, int points, boolean review,
        List<FileText> starterFiles, List<FileText> visibleTests, List<VisibleCase> visibleCases) implements Serializable {

    public ExercisePage {
        hints = List.copyOf(hints);
        starterFiles = List.copyOf(starterFiles);
        visibleTests = List.copyOf(visibleTests);
        visibleCases = List.copyOf(visibleCases);
    }

    public record FileText(String path, String content) implements Serializable {
    }

    public record VisibleCase(String name, String input, String expectedOutput) implements Serializable {
    }
}
