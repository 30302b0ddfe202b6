package org.coderise.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseOutline;
import org.coderise.catalog.api.CourseQuery;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.catalog.api.ExercisePage;
import org.coderise.catalog.api.ExerciseSpec;
import org.coderise.catalog.api.LessonPage;
import org.coderise.catalog.domain.Course;
import org.coderise.catalog.domain.CourseItem;
import org.coderise.catalog.domain.CourseRepository;
import org.coderise.catalog.domain.CourseVersion;
import org.coderise.catalog.domain.ItemText;
import org.coderise.catalog.domain.LocalizedTitle;

/**
 * Answers the {@link Catalog} questions from the current versions. Versions never change once stored, so outlines
 * are cached by version and locale; a newly published version simply has another key.
 */
@ApplicationScoped
@Transactional
public class CatalogService implements Catalog {
    private final Map<String, CourseOutline> outlines = new ConcurrentHashMap<>();

    private CourseRepository courses;

    protected CatalogService() {
    }

    @Inject
    public CatalogService(CourseRepository courses) {
        this.courses = courses;
    }

    @Override
    public List<CourseSummary> courses(CourseQuery query, String locale) {
        return courses.findPublished().stream()
                .map(course -> course.currentVersion().orElseThrow())
                .filter(version -> matches(version, query))
                .map(version -> outline(version, locale).course())
                .sorted(Comparator.comparing(CourseSummary::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Optional<CourseOutline> outline(String courseId, String locale) {
        return courses.findByKey(courseId).flatMap(Course::currentVersion).map(version -> outline(version, locale));
    }

    @Override
    public Optional<LessonPage> lesson(String courseId, String lessonId, String locale) {
        return item(courseId, lessonId, CourseItem.Kind.LESSON).map(item -> {
            CourseVersion version = item.module().version();
            String picked = Locales.pick(item.texts(), locale, version.instructionLanguage());
            ItemText text = item.texts().get(picked);
            return new LessonPage(courseId, lessonId, version.number(), picked, text.title(), text.bodyHtml(),
                    item.minutes());
        });
    }

    @Override
    public Optional<ExercisePage> exercise(String courseId, String exerciseId, String locale) {
        return item(courseId, exerciseId, CourseItem.Kind.EXERCISE)
                .map(item -> ExerciseViews.page(courseId, item, locale));
    }

    @Override
    public Optional<ExerciseSpec> exerciseSpec(String courseId, String exerciseId) {
        return item(courseId, exerciseId, CourseItem.Kind.EXERCISE).map(item -> ExerciseViews.spec(courseId, item));
    }

    @Override
    public Optional<ExerciseSpec> exerciseSpec(String courseId, String exerciseId, int version) {
        return courses.findItem(courseId, version, exerciseId).filter(item -> item.kind() == CourseItem.Kind.EXERCISE)
                .map(item -> ExerciseViews.spec(courseId, item));
    }

    private Optional<CourseItem> item(String courseId, String itemId, CourseItem.Kind kind) {
        return courses.findCurrentItem(courseId, itemId).filter(item -> item.kind() == kind);
    }

    private CourseOutline outline(CourseVersion version, String locale) {
        String picked = Locales.pick(version.texts(), locale, version.instructionLanguage());
        return outlines.computeIfAbsent(version.course().key() + "/" + version.number() + "/" + picked, key -> OutlineViews.outline(version, picked));
    }

    private static boolean matches(CourseVersion version, CourseQuery query) {
        return (query.programmingLanguage().isEmpty() || query.programmingLanguage().equals(version.programmingLanguage()))
                && (query.level().isEmpty() || query.level().equals(version.level()))
                && (query.instructionLanguage().isEmpty() || version.texts().keySet().stream()
                        .anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith(query.instructionLanguage())))
                && (query.text().isEmpty() || version.texts().values().stream()
                        .flatMap(t -> Stream.of(t.title(), t.summary()))
                        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(query.text())));
    }

    static LocalizedTitle title(Map<String, LocalizedTitle> texts, String locale, String fallback) {
        return texts.get(Locales.pick(texts, locale, fallback));
    }
}
