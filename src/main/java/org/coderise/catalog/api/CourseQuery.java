package org.coderise.catalog.api;

import java.util.Locale;

/**
 * Filters of the course list; a blank filter matches everything.
 *
 * @param programmingLanguage a sandbox language id, e.g. {@code python}
 * @param level beginner, intermediate or advanced
 * @param instructionLanguage the locale a course is written in or translated to, e.g. {@code fr}
 * @param text words to find in titles and summaries (any locale), case-insensitive
 */
public record CourseQuery(String programmingLanguage, String level, String instructionLanguage, String text) {

    public CourseQuery {
        programmingLanguage = normalise(programmingLanguage);
        level = normalise(level);
        instructionLanguage = normalise(instructionLanguage);
        text = normalise(text);
    }

    public static CourseQuery all() {
        return new CourseQuery("", "", "", "");
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
