package org.coderise.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.content.CourseReader;
import org.coderise.catalog.content.CourseReading;
import org.coderise.catalog.domain.Course;
import org.coderise.catalog.domain.CourseImport;
import org.coderise.catalog.domain.CourseItem;
import org.coderise.catalog.domain.CourseRepository;
import org.coderise.catalog.domain.CourseVersion;
import org.coderise.catalog.domain.ExerciseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoursePublisherTest {
    private static final Path GOOD = Path.of("src/test/resources/courses-good/mini-python");

    private final InMemoryCourses courses = new InMemoryCourses();
    private final CoursePublisher publisher = new CoursePublisher(courses);
    private final CourseReader reader = new CourseReader((course, path) -> "/a/" + course + "/" + path);

    @Test
    void publishesTheFirstImportAsVersionOne() {
        assertThat(publisher.publish(read(GOOD))).isEqualTo(CourseImport.Outcome.PUBLISHED);

        CourseVersion version = courses.findByKey("mini-python").orElseThrow().currentVersion().orElseThrow();
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.modules()).singleElement().satisfies(module -> assertThat(module.items())
                .extracting(CourseItem::key).containsExactly("intro", "total", "double"));
        CourseItem total = version.modules().get(0).items().get(1);
        assertThat(total.files(ExerciseFile.Role.SOLUTION)).extracting(ExerciseFile::content)
                .containsExactly("def total(count, price):\n    return count * price\n");
        assertThat(total.texts().get("fr").hints()).hasSize(2);
    }

    @Test
    void reimportingUnchangedFilesWritesNothing() {
        publisher.publish(read(GOOD));
        int records = courses.imports.size();

        assertThat(publisher.publish(read(GOOD))).isEqualTo(CourseImport.Outcome.UNCHANGED);

        assertThat(courses.versionsOf("mini-python")).hasSize(1);
        assertThat(courses.imports).hasSize(records);
    }

    @Test
    void changedFilesPublishANewVersionUnderTheSameStableIds(@TempDir Path temp) throws IOException {
        Path copy = copy(GOOD, temp.resolve("mini-python"));
        publisher.publish(read(copy));
        Files.writeString(copy.resolve("01-start/02-total/prompt.md"), "Write `total(count, price)`, fixed typo.\n");

        assertThat(publisher.publish(read(copy))).isEqualTo(CourseImport.Outcome.PUBLISHED);

        Course course = courses.findByKey("mini-python").orElseThrow();
        assertThat(course.currentVersion().orElseThrow().number()).isEqualTo(2);
        assertThat(courses.versionsOf("mini-python")).extracting(CourseVersion::number).containsExactly(2, 1);
        assertThat(course.currentVersion().orElseThrow().modules().get(0).items().get(1).key()).isEqualTo("total");
    }

    @Test
    void recordsWhyAnInvalidCourseWasNotImportedAndKeepsThePreviousVersion(@TempDir Path temp) throws IOException {
        Path copy = copy(GOOD, temp.resolve("mini-python"));
        publisher.publish(read(copy));
        Files.delete(copy.resolve("01-start/02-total/prompt.md"));

        assertThat(publisher.publish(read(copy))).isEqualTo(CourseImport.Outcome.REJECTED);

        CourseImport record = courses.latestImports().get(0);
        assertThat(record.outcome()).isEqualTo(CourseImport.Outcome.REJECTED);
        assertThat(record.problems()).singleElement().asString().contains("exercise.yaml:1: missing file")
                .contains("prompt.md");
        assertThat(courses.findByKey("mini-python").orElseThrow().currentVersion().orElseThrow().number()).isEqualTo(1);
    }

    private CourseReading read(Path folder) {
        return reader.read(folder, "courses/" + folder.getFileName());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
        return to;
    }

    /** The repository port in memory: what JPA does, minus the database. */
    static final class InMemoryCourses implements CourseRepository {
        final List<Course> courses = new ArrayList<>();
        final List<CourseVersion> versions = new ArrayList<>();
        final List<CourseImport> imports = new ArrayList<>();

        @Override
        public Optional<Course> findByKey(String key) {
            return courses.stream().filter(c -> c.key().equals(key)).findFirst();
        }

        @Override
        public List<Course> findPublished() {
            return courses.stream().filter(c -> c.currentVersion().isPresent()).toList();
        }

        @Override
        public Optional<CourseItem> findCurrentItem(String courseKey, String itemKey) {
            return findByKey(courseKey).flatMap(Course::currentVersion).stream()
                    .flatMap(v -> v.modules().stream()).flatMap(m -> m.items().stream())
                    .filter(i -> i.key().equals(itemKey)).findFirst();
        }

        @Override
        public Optional<CourseItem> findItem(String courseKey, int version, String itemKey) {
            return versionsOf(courseKey).stream().filter(v -> v.number() == version)
                    .flatMap(v -> v.modules().stream()).flatMap(m -> m.items().stream())
                    .filter(i -> i.key().equals(itemKey)).findFirst();
        }

        @Override
        public List<CourseVersion> versionsOf(String key) {
            return versions.stream().filter(v -> v.course().key().equals(key))
                    .sorted(Comparator.comparingInt(CourseVersion::number).reversed()).toList();
        }

        @Override
        public void add(Course course) {
            courses.add(course);
        }

        @Override
        public void add(CourseVersion version) {
            versions.add(version);
        }

        @Override
        public void add(CourseImport record) {
            imports.add(record);
        }

        @Override
        public List<CourseImport> latestImports() {
            return imports.isEmpty() ? List.of() : List.of(imports.get(imports.size() - 1));
        }
    }
}
