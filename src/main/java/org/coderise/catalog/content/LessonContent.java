package org.coderise.catalog.content;

import java.util.Map;

/**
 * A lesson: Markdown rendered to sanitised HTML, per locale.
 *
 * @param minutes estimated reading time
 * @param texts title and HTML per locale, always including the course's instruction language
 */
public record LessonContent(String id, String path, int minutes, Map<String, Text> texts) implements ItemContent {
    public LessonContent {
        texts = Map.copyOf(texts);
    }

    /** @param html sanitised, ready to embed in a page */
    public record Text(String title, String html) {
    }
}
