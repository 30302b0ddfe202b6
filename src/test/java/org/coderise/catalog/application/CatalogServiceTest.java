package org.coderise.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coderise.catalog.api.CourseOutline;
import org.coderise.catalog.api.CourseQuery;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.catalog.api.ExercisePage;
import org.coderise.catalog.api.ExerciseSpec;
import org.coderise.catalog.content.CourseReader;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Tests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {
    private final CoursePublisherTest.InMemoryCourses courses = new CoursePublisherTest.InMemoryCourses();
    private final CatalogService catalog = new CatalogService(courses);

    @BeforeEach
    void importMiniPython() {
        Path folder = Path.of("src/test/resources/courses-good/mini-python");
        new CoursePublisher(courses).publish(new CourseReader((c, p) -> "/a/" + p).read(folder, "courses/mini-python"));
    }

    @Test
    void listsCoursesByFiltersInTheRequestedLocale() {
        assertThat(catalog.courses(CourseQuery.all(), "fr-CA")).singleElement().satisfies(course -> {
            assertThat(course.title()).isEqualTo("Mini Python (fr)");
            assertThat(course.locale()).isEqualTo("fr");
            assertThat(course.locales()).containsExactly("en", "fr");
            assertThat(course.lessons()).isEqualTo(1);
            assertThat(course.exercises()).isEqualTo(2);
        });
        assertThat(catalog.courses(new CourseQuery("python", "beginner", "fr", "tiny"), "en"))
                .extracting(CourseSummary::id).containsExactly("mini-python");
        assertThat(catalog.courses(new CourseQuery("java", "", "", ""), "en")).isEmpty();
        assertThat(catalog.courses(new CourseQuery("", "", "es", ""), "en")).isEmpty();
    }

    @Test
    void outlinesModulesAndItemsInOrderFallingBackToTheCourseLanguage() {
        CourseOutline outline = catalog.outline("mini-python", "es").orElseThrow();

        assertThat(outline.course().locale()).isEqualTo("en");
        assertThat(outline.items()).extracting(CourseOutline.Item::id).containsExactly("intro", "total", "double");
        assertThat(outline.items()).extracting(CourseOutline.Item::kind).containsExactly(
                CourseOutline.ItemKind.LESSON, CourseOutline.ItemKind.EXERCISE, CourseOutline.ItemKind.EXERCISE);
        assertThat(catalog.outline("mini-python", "fr").orElseThrow().modules().get(0).title()).isEqualTo("Commencer ici");
    }

    @Test
    void servesLessonsPerLocale() {
        assertThat(catalog.lesson("mini-python", "intro", "fr").orElseThrow().title()).isEqualTo("Compter la recette");
        assertThat(catalog.lesson("mini-python", "intro", "es").orElseThrow().locale()).isEqualTo("en");
        assertThat(catalog.lesson("mini-python", "total", "en")).isEmpty();
        assertThat(catalog.lesson("nope", "intro", "en")).isEmpty();
    }

    @Test
    void showsLearnersTheStarterAndVisibleTestsButNeverTheSolution() {
        ExercisePage page = catalog.exercise("mini-python", "total", "fr").orElseThrow();

        assertThat(page.title()).isEqualTo("Total d'un panier");
        assertThat(page.starterFiles()).singleElement().satisfies(f -> assertThat(f.content()).contains("return 0"));
        assertThat(page.visibleTests()).hasSize(1);
        assertThat(page.toString()).doesNotContain("count * price");
        assertThat(catalog.exercise("mini-python", "double", "en").orElseThrow().visibleCases())
                .extracting(ExercisePage.VisibleCase::name).containsExactly("two doubled is four");
    }

    @Test
    void givesGradingEveryTestAndTellsWhichAreHidden() {
        ExerciseSpec spec = catalog.exerciseSpec("mini-python", "double").orElseThrow();

        assertThat(spec.tests()).isInstanceOf(Tests.InputOutput.class);
        assertThat(((Tests.InputOutput) spec.tests()).cases()).hasSize(2);
        assertThat(spec.hides(new TestResult("a half doubled is one", "io", TestResult.Status.PASS, "", "", null)))
                .isTrue();
        assertThat(spec.hides(new TestResult("two doubled is four", "io", TestResult.Status.PASS, "", "", null)))
                .isFalse();
        assertThat(spec.limits().cpuTime().toSeconds()).isEqualTo(5);
        assertThat(catalog.exerciseSpec("mini-python", "total").orElseThrow().hiddenSuites()).isEmpty();
        assertThat(catalog.exerciseSpec("mini-python", "double", 1)).contains(spec);
        assertThat(catalog.exerciseSpec("mini-python", "double", 2)).isEmpty();
    }
}
