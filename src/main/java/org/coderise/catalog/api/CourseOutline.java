package org.coderise.catalog.api;

import java.util.List;

/** A course with its modules and their items, in order, in one locale. */
public record CourseOutline(CourseSummary course, List<Module> modules) {

    public CourseOutline {
        modules = List.copyOf(modules);
    }

    /** Every item in course order, e.g. to find the next one. */
    public List<Item> items() {
        return modules.stream().flatMap(module -> module.items().stream()).toList();
    }

    public record Module(String id, String title, String summary, List<Item> items) {
        public Module {
            items = List.copyOf(items);
        }
    }

    /**
     * @param minutes reading time of a lesson, 0 for exercises
     * @param points of an exercise, 0 for lessons
     * @param review whether a mentor must approve the exercise
     */
    public record Item(String id, ItemKind kind, String title, int minutes, int points, boolean review) {
    }

    public enum ItemKind { LESSON, EXERCISE }
}
