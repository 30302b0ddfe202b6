package org.coderise.catalog.content;

import java.util.List;
import java.util.Map;

/**
 * A course as its files describe it, read and rendered: immutable, and the unit of import.
 *
 * @param id stable id (course.yaml {@code id}); progress is keyed by it
 * @param folder the course folder's name under {@code courses/}
 * @param instructionLanguage the locale the course is written in, and the fallback of every translation
 * @param programmingLanguage a sandbox language id
 * @param level beginner, intermediate or advanced
 * @param estimatedHours for people choosing a course
 * @param versionLabel the authors' own version label; imports are versioned by {@code contentHash}
 * @param texts title and summary per locale, always including {@code instructionLanguage}
 * @param modules in order
 * @param contentHash SHA-256 over every file of the folder: equal hashes mean nothing changed
 */
public record CourseContent(
        String id,
        String folder,
        String instructionLanguage,
        String programmingLanguage,
        String level,
        double estimatedHours,
        String versionLabel,
        Map<String, Text> texts,
        List<ModuleContent> modules,
        String contentHash) {

    public CourseContent {
        texts = Map.copyOf(texts);
        modules = List.copyOf(modules);
    }

    /** Every item of every module, in course order. */
    public List<ItemContent> items() {
        return modules.stream().flatMap(module -> module.items().stream()).toList();
    }

    public List<ExerciseContent> exercises() {
        return items().stream().filter(ExerciseContent.class::isInstance).map(ExerciseContent.class::cast).toList();
    }

    /** A title with an optional summary, in one locale. */
    public record Text(String title, String summary) {
    }
}
