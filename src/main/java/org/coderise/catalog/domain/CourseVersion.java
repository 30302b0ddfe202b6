package org.coderise.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One imported state of a course's files, immutable once stored: its texts per locale and its modules in order.
 * Identified within its course by {@code number} (1, 2, ...); {@code contentHash} tells whether files changed.
 */
@Entity
@Table(name = "catalog_course_version")
public class CourseVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "version_label", nullable = false, length = 50)
    private String label;

    @Column(name = "instruction_language", nullable = false, length = 10)
    private String instructionLanguage;

    @Column(name = "programming_language", nullable = false, length = 20)
    private String programmingLanguage;

    @Column(name = "course_level", nullable = false, length = 20)
    private String level;

    @Column(name = "estimated_hours", nullable = false)
    private double estimatedHours;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_course_text", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "locale", length = 10)
    private Map<String, LocalizedTitle> texts = new HashMap<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    protected CourseVersion() {
    }

    public CourseVersion(Course course, int number, String contentHash, String label, String instructionLanguage,
            String programmingLanguage, String level, double estimatedHours, LocalDateTime importedAt,
            Map<String, LocalizedTitle> texts) {
        this.course = course;
        this.number = number;
        this.contentHash = contentHash;
        this.label = label.length() > 50 ? label.substring(0, 50) : label;
        this.instructionLanguage = instructionLanguage;
        this.programmingLanguage = programmingLanguage;
        this.level = level;
        this.estimatedHours = estimatedHours;
        this.importedAt = importedAt;
        this.texts.putAll(texts);
    }

    public CourseModule addModule(String key, String folder, Map<String, LocalizedTitle> moduleTexts) {
        CourseModule module = new CourseModule(this, key, folder, modules.size(), moduleTexts);
        modules.add(module);
        return module;
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public int number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    public String label() {
        return label;
    }

    public String instructionLanguage() {
        return instructionLanguage;
    }

    public String programmingLanguage() {
        return programmingLanguage;
    }

    public String level() {
        return level;
    }

    public double estimatedHours() {
        return estimatedHours;
    }

    public LocalDateTime importedAt() {
        return importedAt;
    }

    public Map<String, LocalizedTitle> texts() {
        return Map.copyOf(texts);
    }

    public List<CourseModule> modules() {
        return List.copyOf(modules);
    }
}
