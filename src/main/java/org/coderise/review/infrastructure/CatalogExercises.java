package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseOutline;
import org.coderise.review.application.Exercises;

/**
 * Review's one adapter to the catalog: an exercise's title, its course's title and whether it needs review. The
 * course format has no rubric yet, so every rubric is empty (rubric scores are refused until it has one).
 */
@ApplicationScoped
public class CatalogExercises implements Exercises {
    @Inject
    Catalog catalog;

    @Override
    public Optional<ExerciseFacts> find(String courseId, String exerciseId, String locale) {
        return catalog.outline(courseId, locale).flatMap(outline -> outline.items().stream()
                .filter(i -> i.kind() == CourseOutline.ItemKind.EXERCISE && i.id().equals(exerciseId)).findFirst()
                .map(item -> new ExerciseFacts(outline.course().title(), item.title(), item.review(), List.of())));
    }
}
