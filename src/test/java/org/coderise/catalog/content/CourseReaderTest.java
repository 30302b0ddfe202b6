package org.coderise.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseReaderTest {
    private static final Path GOOD = Path.of("src/test/resources/courses-good");
    private static final Path BAD = Path.of("src/test/resources/courses-bad");

    private final CourseReader reader = new CourseReader((course, path) -> "/assets/" + course + "/" + path);

    @Test
    void readsAWellFormedCourseIntoTheModel() {
        CourseReading reading = reader.read(GOOD.resolve("mini-python"), "courses-good/mini-python");

        assertThat(reading.problems()).isEmpty();
        CourseContent course = reading.course().orElseThrow();
        assertThat(course.id()).isEqualTo("mini-python");
        assertThat(course.texts().get("fr").title()).isEqualTo("Mini Python (fr)");
        assertThat(course.modules()).extracting(ModuleContent::id).containsExactly("start");
        assertThat(course.items()).extracting(ItemContent::id).containsExactly("intro", "total", "double");
        assertThat(course.contentHash()).hasSize(64);
        ExerciseContent total = course.exercises().get(0);
        assertThat(total.starter()).extracting(FileContent::path).containsExactly("main.py");
        assertThat(total.texts().get("fr").hints()).first().asString().startsWith("Multipliez");
        assertThat(total.texts().get("fr").promptHtml()).contains("<code>total(count, price)</code>");
        assertThat(((TestSuite.Unit) total.tests()).files()).singleElement()
                .satisfies(file -> assertThat(file.visible()).isTrue());
        TestSuite.InputOutput io = (TestSuite.InputOutput) course.exercises().get(1).tests();
        assertThat(io.cases()).extracting(TestSuite.IoCase::compare).containsExactly("trailing-whitespace", "numbers");
    }

    @Test
    void rendersLessonsWithHighlightedCodeTablesAndRewrittenImages() {
        CourseContent course = reader.read(GOOD.resolve("mini-python"), "courses-good/mini-python").course().orElseThrow();
        LessonContent lesson = (LessonContent) course.items().get(0);

        String html = lesson.texts().get("en").html();
        assertThat(html).contains("<img src=\"/assets/mini-python/images/market.png\" alt=\"The stall\"")
                .contains("<code class=\"language-python\"><span class=\"hl-c\"># add the takings</span>")
                .contains("<span class=\"hl-k\">print</span>(<span class=\"hl-s\">&#34;total&#34;</span>")
                .contains("<table>").contains("<th align=\"right\">price</th>")
                .contains("href=\"https://www.python.org/\"");
        assertThat(lesson.texts().get("fr").title()).isEqualTo("Compter la recette");
    }

    @Test
    void sameFilesGiveTheSameHash() {
        String first = reader.read(GOOD.resolve("mini-python"), "x").course().orElseThrow().contentHash();
        String second = reader.read(GOOD.resolve("mini-python"), "x").course().orElseThrow().contentHash();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void reportsInvalidYamlAtItsLine() {
        assertThat(problemsOf("bad-yaml")).anyMatch(p -> p.startsWith("courses-bad/bad-yaml/course.yaml:3: invalid YAML"));
    }

    @Test
    void reportsMissingFilesBrokenLinksAndImagesWhereTheyAreReferenced() {
        assertThat(problemsOf("missing-file")).contains(
                "courses-bad/missing-file/m1/module.yaml:5: missing file courses-bad/missing-file/m1/02-missing.md",
                "courses-bad/missing-file/m1/01-there.md:5: broken link: 02-missing.md is not a file of the course",
                "courses-bad/missing-file/m1/01-there.md:5: broken image: chart.png is not a file of the course");
    }

    @Test
    void reportsDuplicateIdsUnknownKeysLanguagesCompareModesAndWrongTypes() {
        List<String> problems = problemsOf("duplicate-id");
        assertThat(problems).contains(
                "courses-bad/duplicate-id/course.yaml:4: unknown programming language 'cobol' (known: c, java, javascript, python)",
                "courses-bad/duplicate-id/m1/module.yaml:3: unknown key 'colour' (allowed: id, items, summary, title, translations)",
                "courses-bad/duplicate-id/m1/02-b/exercise.yaml:3: 'points' must be a whole number",
                "courses-bad/duplicate-id/m1/02-b/exercise.yaml:10: unknown compare mode 'fuzzy' (allowed: exact, trailing-whitespace, tokens, numbers)",
                "courses-bad/duplicate-id/m1/02-b/exercise.yaml:11: duplicate test name 'one' (first on line 8)");
        assertThat(problems).contains("courses-bad/duplicate-id/m1/module.yaml:6: duplicate item id 'same' (first at "
                + "courses-bad/duplicate-id/m1/module.yaml:5); ids must be unique within the course");
    }

    @Test
    void sanitisesScriptsAndJavascriptLinksAndWarnsAboutThem() {
        CourseReading reading = reader.read(BAD.resolve("script-injection"), "courses-bad/script-injection");

        assertThat(reading.problems()).map(Problem::toString).contains(
                "courses-bad/script-injection/m1/01-xss.md:7: warning: <script> is not allowed in course Markdown and was removed",
                "courses-bad/script-injection/m1/01-xss.md:9: warning: javascript: links are not allowed and were removed");
        assertThat(reading.problems()).map(Problem::toString)
                .anyMatch(p -> p.startsWith("courses-bad/script-injection/m1/01-xss.md:9: warning: attribute onclick"));
        String html = ((LessonContent) reading.course().orElseThrow().items().get(0)).texts().get("en").html();
        assertThat(html).doesNotContain("script").doesNotContain("alert").doesNotContain("javascript:")
                .contains("a span").contains("harmless-looking link");
    }

    @Test
    void rejectsA50MegabyteImageNamingTheLimit(@TempDir Path temp) throws IOException {
        Path course = copy(GOOD.resolve("mini-python"), temp.resolve("mini-python"));
        try (RandomAccessFile big = new RandomAccessFile(course.resolve("images/market.png").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }

        CourseReading reading = reader.read(course, "courses/mini-python");

        assertThat(reading.course()).isEmpty();
        assertThat(reading.problems()).map(Problem::toString).contains(
                "courses/mini-python/01-start/01-intro.md:8: image images/market.png is 50 MB, over the limit of 1 MB per file",
                "courses/mini-python/images/market.png:1: file is 50 MB, over the limit of 1 MB per course file");
    }

    @Test
    void aBrokenCourseDoesNotStopTheOthers() {
        Map<String, Boolean> imported = reader.readAll(BAD).stream()
                .collect(Collectors.toMap(CourseReading::folder, r -> r.course().isPresent()));

        assertThat(imported).containsEntry("bad-yaml", false).containsEntry("missing-file", false)
                .containsEntry("duplicate-id", false).containsEntry("script-injection", true);
    }

    private List<String> problemsOf(String folder) {
        CourseReading reading = reader.read(BAD.resolve(folder), "courses-bad/" + folder);
        assertThat(reading.course()).isEmpty();
        return reading.problems().stream().map(Problem::toString).toList();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
        return to;
    }
}
