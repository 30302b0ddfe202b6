package org.coderise.catalog.content;

import java.util.List;
import java.util.Map;

/**
 * A module: an ordered group of lessons and exercises.
 *
 * @param id stable within the course
 * @param folder its folder name, e.g. {@code 01-hello}
 * @param texts title and summary per locale
 * @param items lessons and exercises in order
 */
public record ModuleContent(String id, String folder, Map<String, CourseContent.Text> texts, List<ItemContent> items) {
    public ModuleContent {
        texts = Map.copyOf(texts);
        items = List.copyOf(items);
    }
}
