package org.coderise.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lesson or an exercise of one module version. Exercise-only attributes (points, limits, files, cases) are empty
 * or zero for lessons. The reference solution is among the files (role SOLUTION) and never leaves the catalog.
 */
@Entity
@Table(name = "catalog_item")
public class CourseItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(name = "item_key", nullable = false, length = 100)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private boolean review;

    @Column(name = "entry_file")
    private String entryFile;

    @Column(name = "cpu_seconds", nullable = false)
    private int cpuSeconds;

    @Column(name = "memory_mb", nullable = false)
    private int memoryMb;

    @Column(name = "test_kind", length = 10)
    private String testKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_item_text", joinColumns = @JoinColumn(name = "item_id"))
    @MapKeyColumn(name = "locale", length = 10)
    private Map<String, ItemText> texts = new HashMap<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ExerciseFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<IoCase> cases = new ArrayList<>();

    protected CourseItem() {
    }

    CourseItem(CourseModule module, int position, Spec spec, Map<String, ItemText> texts) {
        this.module = module;
        this.position = position;
        this.key = spec.key();
        this.kind = spec.kind();
        this.path = spec.path();
        this.minutes = spec.minutes();
        this.points = spec.points();
        this.review = spec.review();
        this.entryFile = spec.entryFile();
        this.cpuSeconds = spec.cpuSeconds();
        this.memoryMb = spec.memoryMb();
        this.testKind = spec.testKind();
        this.texts.putAll(texts);
    }

    public void addFile(ExerciseFile.Role role, String filePath, String content, boolean visible) {
        files.add(new ExerciseFile(this, role, filePath, content, visible, files.size()));
    }

    public void addCase(IoCase.Spec spec) {
        cases.add(new IoCase(this, cases.size(), spec));
    }

    public CourseModule module() {
        return module;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    public int minutes() {
        return minutes;
    }

    public int points() {
        return points;
    }

    public boolean review() {
        return review;
    }

    public Optional<String> entryFile() {
        return Optional.ofNullable(entryFile);
    }

    public int cpuSeconds() {
        return cpuSeconds;
    }

    public int memoryMb() {
        return memoryMb;
    }

    public Optional<String> testKind() {
        return Optional.ofNullable(testKind);
    }

    public Map<String, ItemText> texts() {
        return Map.copyOf(texts);
    }

    public List<ExerciseFile> files(ExerciseFile.Role role) {
        return files.stream().filter(file -> file.role() == role).toList();
    }

    public List<IoCase> cases() {
        return List.copyOf(cases);
    }

    public enum Kind { LESSON, EXERCISE }

    /** The scalar attributes of an item, as read from its files. */
    public record Spec(String key, Kind kind, String path, int minutes, int points, boolean review, String entryFile,
            int cpuSeconds, int memoryMb, String testKind) {
    }
}
