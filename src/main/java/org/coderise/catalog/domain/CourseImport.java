package org.coderise.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One attempt to import a course folder and what came of it, kept so an admin can see why a course is missing. */
@Entity
@Table(name = "catalog_import")
public class CourseImport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String folder;

    @Column(name = "course_key", length = 100)
    private String courseKey;

    @Column(name = "attempted_at", nullable = false)
    private LocalDateTime attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    /** One problem per line, as {@code file:line: message}. */
    @Lob
    @Column(nullable = false)
    private String problems;

    protected CourseImport() {
    }

    public CourseImport(String folder, String courseKey, LocalDateTime attemptedAt, Outcome outcome,
            Integer versionNumber, int errorCount, int warningCount, List<String> problems) {
        this.folder = folder;
        this.courseKey = courseKey;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.versionNumber = versionNumber;
        this.errorCount = errorCount;
        this.warningCount = warningCount;
        this.problems = String.join("\n", problems);
    }

    public String folder() {
        return folder;
    }

    public Optional<String> courseKey() {
        return Optional.ofNullable(courseKey);
    }

    public LocalDateTime attemptedAt() {
        return attemptedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<Integer> versionNumber() {
        return Optional.ofNullable(versionNumber);
    }

    public int errorCount() {
        return errorCount;
    }

    public int warningCount() {
        return warningCount;
    }

    public List<String> problems() {
        return problems.isEmpty() ? List.of() : List.of(problems.split("\n"));
    }

    /** Stored by name. */
    public enum Outcome {
        /** A new version was published. */
        PUBLISHED,
        /** The files had not changed since the current version: nothing was written but this record. */
        UNCHANGED,
        /** Validation failed: nothing was imported; learners keep the previous version, if any. */
        REJECTED
    }
}
