package org.coderise.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A course, identified by the stable id its authors wrote ({@code courseKey}), pointing at its current version.
 * Lifecycle: created by its first successful import; each import of changed content publishes a new
 * {@link CourseVersion} and moves {@code currentVersion} to it; versions are never changed or deleted, so what a
 * learner saw stays reconstructible. Invariant: the current version, once set, is the highest-numbered one.
 */
@Entity
@Table(name = "catalog_course")
public class Course {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_key", nullable = false, unique = true, length = 100)
    private String key;

    @Column(nullable = false)
    private String folder;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CourseVersion currentVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Course() {
    }

    public Course(String key, String folder, LocalDateTime createdAt) {
        this.key = key;
        this.folder = folder;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String folder() {
        return folder;
    }

    public Optional<CourseVersion> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    /** The number the next version gets: one more than the current. */
    public int nextVersionNumber() {
        return currentVersion == null ? 1 : currentVersion.number() + 1;
    }

    /** Publishes {@code version} as what learners now see; the course may have moved to another folder. */
    public void publish(CourseVersion version, String folderNow) {
        this.currentVersion = version;
        this.folder = folderNow;
    }
}
