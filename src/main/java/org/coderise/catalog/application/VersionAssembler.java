package org.coderise.catalog.application;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.coderise.catalog.content.CourseContent;
import org.coderise.catalog.content.ExerciseContent;
import org.coderise.catalog.content.ItemContent;
import org.coderise.catalog.content.LessonContent;
import org.coderise.catalog.content.ModuleContent;
import org.coderise.catalog.content.TestSuite;
import org.coderise.catalog.domain.Course;
import org.coderise.catalog.domain.CourseItem;
import org.coderise.catalog.domain.CourseModule;
import org.coderise.catalog.domain.CourseVersion;
import org.coderise.catalog.domain.ExerciseFile;
import org.coderise.catalog.domain.IoCase;
import org.coderise.catalog.domain.ItemText;
import org.coderise.catalog.domain.LocalizedTitle;

/** Turns read course content into a new {@link CourseVersion} graph, ready to persist. */
final class VersionAssembler {
    private VersionAssembler() {
    }

    static CourseVersion assemble(Course course, CourseContent content, LocalDateTime now) {
        CourseVersion version = new CourseVersion(course, course.nextVersionNumber(), content.contentHash(),
                content.versionLabel(), content.instructionLanguage(), content.programmingLanguage(), content.level(),
                content.estimatedHours(), now, titles(content.texts()));
        for (ModuleContent module : content.modules()) {
            CourseModule stored = version.addModule(module.id(), module.folder(), titles(module.texts()));
            module.items().forEach(item -> addItem(stored, item));
        }
        return version;
    }

    private static void addItem(CourseModule module, ItemContent item) {
        if (item instanceof LessonContent lesson) {
            module.addItem(new CourseItem.Spec(lesson.id(), CourseItem.Kind.LESSON, lesson.path(), lesson.minutes(),
                    0, false, null, 0, 0, null), map(lesson.texts(), t -> new ItemText(t.title(), t.html(),
                    java.util.List.of())));
            return;
        }
        ExerciseContent exercise = (ExerciseContent) item;
        boolean unit = exercise.tests() instanceof TestSuite.Unit;
        CourseItem stored = module.addItem(new CourseItem.Spec(exercise.id(), CourseItem.Kind.EXERCISE,
                exercise.path(), 0, exercise.points(), exercise.review(), exercise.entry(), exercise.cpuSeconds(),
                exercise.memoryMb(), unit ? "unit" : "io"),
                map(exercise.texts(), t -> new ItemText(t.title(), t.promptHtml(), t.hints())));
        exercise.starter().forEach(f -> stored.addFile(ExerciseFile.Role.STARTER, f.path(), f.text(), true));
        exercise.solution().forEach(f -> stored.addFile(ExerciseFile.Role.SOLUTION, f.path(), f.text(), false));
        exercise.support().forEach(f -> stored.addFile(ExerciseFile.Role.SUPPORT, f.path(), f.text(), true));
        if (exercise.tests() instanceof TestSuite.Unit tests) {
            tests.files().forEach(f -> stored.addFile(ExerciseFile.Role.TEST, f.file().path(), f.file().text(),
                    f.visible()));
        } else {
            ((TestSuite.InputOutput) exercise.tests()).cases().forEach(c -> stored.addCase(new IoCase.Spec(c.name(),
                    c.input(), c.output(), c.compare(), c.tolerance(), c.visible())));
        }
    }

    private static Map<String, LocalizedTitle> titles(Map<String, CourseContent.Text> texts) {
        return map(texts, t -> new LocalizedTitle(t.title(), t.summary()));
    }

    private static <T, R> Map<String, R> map(Map<String, T> texts, Function<T, R> convert) {
        Map<String, R> result = new LinkedHashMap<>();
        texts.forEach((locale, text) -> result.put(locale, convert.apply(text)));
        return result;
    }
}
