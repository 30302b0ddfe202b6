package org.coderise.learning.domain;

import java.util.List;
import java.util.Optional;

/**
 * What learning needs to know of a course's structure: its modules and their items in order, by stable id. Comes from
 * the catalog; learning never stores it, so a re-imported course rolls progress up against its current structure.
 */
public record CourseOutline(String courseId, String title, List<ModuleOutline> modules) {
    public CourseOutline {
        modules = List.copyOf(modules);
    }

    public List<ItemOutline> items() {
        return modules.stream().flatMap(m -> m.items().stream()).toList();
    }

    public Optional<ItemOutline> item(String itemId) {
        return items().stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    public Optional<ModuleOutline> moduleOf(String itemId) {
        return modules.stream().filter(m -> m.items().stream().anyMatch(i -> i.itemId().equals(itemId))).findFirst();
    }
}
