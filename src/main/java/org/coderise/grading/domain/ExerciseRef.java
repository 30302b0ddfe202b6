package org.coderise.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Which exercise a submission answers, including the catalog version it was written against: a course re-imported
 * mid-way does not change the tests an earlier submission is graded with.
 */
@Embeddable
public class ExerciseRef {
    @Column(name = "course_id", nullable = false, length = 100)
    private String courseId;
    @Column(name = "exercise_id", nullable = false, length = 100)
    private String exerciseId;
    @Column(name = "catalog_version", nullable = false, length = 100)
    private String catalogVersion;

    protected ExerciseRef() {
    }

    public ExerciseRef(String courseId, String exerciseId, String catalogVersion) {
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.exerciseId = Objects.requireNonNull(exerciseId, "exerciseId");
        this.catalogVersion = Objects.requireNonNull(catalogVersion, "catalogVersion");
    }

    public String courseId() {
        return courseId;
    }

    public String exerciseId() {
        return exerciseId;
    }

    public String catalogVersion() {
        return catalogVersion;
    }
}
