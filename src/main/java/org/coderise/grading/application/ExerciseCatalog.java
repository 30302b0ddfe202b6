package org.coderise.grading.application;

import java.util.Optional;

/** Grading's port to the catalog: the tests and limits of an exercise. */
public interface ExerciseCatalog {

    /** The currently published version of an exercise; empty when unknown or unpublished. */
    Optional<GradingSpec> current(String courseId, String exerciseId);

    /**
     * The version a submission was written against, or the current one when that version is no longer kept.
     */
    Optional<GradingSpec> forGrading(String courseId, String exerciseId, String catalogVersion);
}
