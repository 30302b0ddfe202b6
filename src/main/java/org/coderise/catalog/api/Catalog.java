package org.coderise.catalog.api;

import java.util.List;
import java.util.Optional;

/**
 * The catalog's facade for other contexts. Texts come in the requested locale when the course has it (exact, then
 * the language alone, {@code fr-CA} → {@code fr}), else in the course's own language. All answers describe the
 * current version of a course.
 */
public interface Catalog {

    /** Published courses matching {@code query}, ordered by title, with texts in {@code locale}. */
    List<CourseSummary> courses(CourseQuery query, String locale);

    Optional<CourseOutline> outline(String courseId, String locale);

    Optional<LessonPage> lesson(String courseId, String lessonId, String locale);

    Optional<ExercisePage> exercise(String courseId, String exerciseId, String locale);

    /** What grading needs for an exercise; empty when there is no such exercise in the current version. */
    Optional<ExerciseSpec> exerciseSpec(String courseId, String exerciseId);

    /**
     * What grading needs for an exercise as it was in a given version of its course (e.g. the version a submission
     * was written against); empty when that version or the exercise in it does not exist.
     */
    Optional<ExerciseSpec> exerciseSpec(String courseId, String exerciseId, int version);
}
