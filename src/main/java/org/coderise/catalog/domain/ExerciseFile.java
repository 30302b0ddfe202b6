package org.coderise.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A text file of an exercise: what the learner starts with, the reference solution, a support file or a test. */
@Entity
@Table(name = "catalog_exercise_file")
public class ExerciseFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CourseItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    @Column(nullable = false)
    private String path;

    @Lob
    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private boolean visible;

    @Column(nullable = false)
    private int position;

    protected ExerciseFile() {
    }

    ExerciseFile(CourseItem item, Role role, String path, String content, boolean visible, int position) {
        this.item = item;
        this.role = role;
        this.path = path;
        this.content = content;
        this.visible = visible;
        this.position = position;
    }

    public Role role() {
        return role;
    }

    public String path() {
        return path;
    }

    public String content() {
        return content;
    }

    /** For tests: shown to learners in full; hidden ones report only pass/fail and their message. */
    public boolean visible() {
        return visible;
    }

    /** Stored by name: renaming a constant breaks stored rows. */
    public enum Role { STARTER, SOLUTION, SUPPORT, TEST }
}
