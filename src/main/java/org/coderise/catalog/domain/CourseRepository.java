package org.coderise.catalog.domain;

import java.util.List;
import java.util.Optional;

/** Stores courses, their versions and import records. Callers hold the transaction. */
public interface CourseRepository {

    Optional<Course> findByKey(String key);

    /** Every course that has a published version, with it. */
    List<Course> findPublished();

    /** An item of the current version of a course, by the stable ids. */
    Optional<CourseItem> findCurrentItem(String courseKey, String itemKey);

    /** An item of a given version of a course. */
    Optional<CourseItem> findItem(String courseKey, int version, String itemKey);

    /** All versions of a course, newest first. */
    List<CourseVersion> versionsOf(String key);

    /** Persists a new course or a new version (with its modules, items, files and cases). */
    void add(Course course);

    void add(CourseVersion version);

    void add(CourseImport record);

    /** The latest import record of each course folder, by folder name. */
    List<CourseImport> latestImports();
}
