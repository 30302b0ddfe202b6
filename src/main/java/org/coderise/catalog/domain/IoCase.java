package org.coderise.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One input/output test case of an exercise. */
@Entity
@Table(name = "catalog_io_case")
public class IoCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CourseItem item;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Lob
    @Column(name = "input_text", nullable = false)
    private String input;

    @Lob
    @Column(name = "expected_output", nullable = false)
    private String expectedOutput;

    @Column(name = "compare_mode", nullable = false, length = 30)
    private String compareMode;

    @Column(nullable = false)
    private double tolerance;

    @Column(nullable = false)
    private boolean visible;

    protected IoCase() {
    }

    IoCase(CourseItem item, int position, Spec spec) {
        this.item = item;
        this.position = position;
        this.name = spec.name();
        this.input = spec.input();
        this.expectedOutput = spec.expectedOutput();
        this.compareMode = spec.compareMode();
        this.tolerance = spec.tolerance();
        this.visible = spec.visible();
    }

    public Spec spec() {
        return new Spec(name, input, expectedOutput, compareMode, tolerance, visible);
    }

    /** @param compareMode as in exercise.yaml: exact, trailing-whitespace, tokens or numbers */
    public record Spec(String name, String input, String expectedOutput, String compareMode, double tolerance,
            boolean visible) {
    }
}
