package org.coderise.grading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.ExerciseSpec;
import org.coderise.grading.application.ExerciseCatalog;
import org.coderise.grading.application.GradingSpec;

/**
 * Grading's catalog port on the catalog's facade. The catalog keeps only the current version of a course, so a
 * submission queued before a re-import is graded with the current tests; its stored version says which it was
 * written against.
 */
@ApplicationScoped
public class CatalogExercises implements ExerciseCatalog {
    @Inject
    Catalog catalog;

    @Override
    public Optional<GradingSpec> current(String courseId, String exerciseId) {
        return catalog.exerciseSpec(courseId, exerciseId).map(CatalogExercises::spec);
    }

    @Override
    public Optional<GradingSpec> forGrading(String courseId, String exerciseId, String catalogVersion) {
        return current(courseId, exerciseId);
    }

    private static GradingSpec spec(ExerciseSpec s) {
        return new GradingSpec(Integer.toString(s.version()), s.programmingLanguage(), s.entry(), s.tests(),
                s.hiddenSuites(), s.hiddenCases(), s.limits(), s.points(), s.supportFiles());
    }
}
