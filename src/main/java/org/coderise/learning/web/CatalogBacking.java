package org.coderise.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseQuery;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.shared.web.LocaleSelection;

/** The course catalog: filters by programming language, level and instruction language, and a text search. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> PROGRAMMING_LANGUAGES = List.of("python", "javascript", "java");
    static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");

    @Inject
    Catalog catalog;
    @Inject
    LocaleSelection locale;

    private String programmingLanguage = "";
    private String level = "";
    private String instructionLanguage = "";
    private String text = "";
    private List<CourseSummary> courses = List.of();

    @PostConstruct
    void load() {
        search();
    }

    /** Runs the search with the current filters; blank filters match everything. */
    public void search() {
        courses = catalog.courses(new CourseQuery(programmingLanguage, level, instructionLanguage, text),
                locale.getLanguage());
    }

    public void clear() {
        programmingLanguage = "";
        level = "";
        instructionLanguage = "";
        text = "";
        search();
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public List<String> getProgrammingLanguages() {
        return PROGRAMMING_LANGUAGES;
    }

    public List<String> getLevels() {
        return LEVELS;
    }

    public List<String> getInstructionLanguages() {
        return LocaleSelection.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList();
    }

    public String languageName(String tag) {
        return java.util.Locale.forLanguageTag(tag).getDisplayLanguage(locale.getLocale());
    }

    public String getProgrammingLanguage() {
        return programmingLanguage;
    }

    public void setProgrammingLanguage(String programmingLanguage) {
        this.programmingLanguage = programmingLanguage;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getInstructionLanguage() {
        return instructionLanguage;
    }

    public void setInstructionLanguage(String instructionLanguage) {
        this.instructionLanguage = instructionLanguage;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
