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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A module of one course version: its key, texts per locale and items in order. */
@Entity
@Table(name = "catalog_module")
public class CourseModule {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private CourseVersion version;

    @Column(name = "module_key", nullable = false, length = 100)
    private String key;

    @Column(nullable = false)
    private String folder;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_module_text", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "locale", length = 10)
    private Map<String, LocalizedTitle> texts = new HashMap<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CourseItem> items = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(CourseVersion version, String key, String folder, int position, Map<String, LocalizedTitle> texts) {
        this.version = version;
        this.key = key;
        this.folder = folder;
        this.position = position;
        this.texts.putAll(texts);
    }

    public CourseItem addItem(CourseItem.Spec spec, Map<String, ItemText> itemTexts) {
        CourseItem item = new CourseItem(this, items.size(), spec, itemTexts);
        items.add(item);
        return item;
    }

    public CourseVersion version() {
        return version;
    }

    public String key() {
        return key;
    }

    public String folder() {
        return folder;
    }

    public Map<String, LocalizedTitle> texts() {
        return Map.copyOf(texts);
    }

    public List<CourseItem> items() {
        return List.copyOf(items);
    }
}
