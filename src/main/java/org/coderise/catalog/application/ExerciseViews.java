package org.coderise.catalog.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coderise.catalog.api.ExercisePage;
import org.coderise.catalog.api.ExerciseSpec;
import org.coderise.catalog.content.SandboxRuns;
import org.coderise.catalog.domain.CourseItem;
import org.coderise.catalog.domain.CourseVersion;
import org.coderise.catalog.domain.ExerciseFile;
import org.coderise.catalog.domain.IoCase;
import org.coderise.catalog.domain.ItemText;
import org.coderise.sandbox.api.IoTest;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;

/** Builds the exercise records: the learner's page (nothing hidden in it) and grading's spec (everything). */
final class ExerciseViews {
    private ExerciseViews() {
    }

    static ExercisePage page(String courseId, CourseItem item, String locale) {
        CourseVersion version = item.module().version();
        String picked = Locales.pick(item.texts(), locale, version.instructionLanguage());
        ItemText text = item.texts().get(picked);
        return new ExercisePage(courseId, item.key(), version.number(), picked, text.title(), text.bodyHtml(),
                text.hints(), version.programmingLanguage(), item.entryFile().orElse(""), item.points(), item.review(),
                texts(item.files(ExerciseFile.Role.STARTER)),
                texts(item.files(ExerciseFile.Role.TEST).stream().filter(ExerciseFile::visible).toList()),
                item.cases().stream().map(IoCase::spec).filter(IoCase.Spec::visible)
                        .map(c -> new ExercisePage.VisibleCase(c.name(), c.input(), c.expectedOutput())).toList());
    }

    static ExerciseSpec spec(String courseId, CourseItem item) {
        CourseVersion version = item.module().version();
        boolean unit = "unit".equals(item.testKind().orElse("unit"));
        List<ExerciseFile> testFiles = item.files(ExerciseFile.Role.TEST);
        List<IoCase.Spec> cases = item.cases().stream().map(IoCase::spec).toList();
        Tests tests = unit ? new Tests.Unit(sources(testFiles))
                : new Tests.InputOutput(cases.stream().map(c -> new IoTest(c.name(), c.input(), c.expectedOutput(),
                        SandboxRuns.comparison(c.compareMode()), c.tolerance())).toList());
        Set<String> hiddenSuites = testFiles.stream().filter(f -> !f.visible()).map(ExerciseFile::path)
                .collect(Collectors.toSet());
        Set<String> hiddenCases = cases.stream().filter(c -> !c.visible()).map(IoCase.Spec::name)
                .collect(Collectors.toSet());
        return new ExerciseSpec(courseId, item.key(), version.number(), version.programmingLanguage(),
                item.entryFile().orElse(""), tests, hiddenSuites, hiddenCases,
                SandboxRuns.limits(item.cpuSeconds(), item.memoryMb()), item.points(), item.review(),
                sources(item.files(ExerciseFile.Role.STARTER)), sources(item.files(ExerciseFile.Role.SUPPORT)));
    }

    private static List<ExercisePage.FileText> texts(List<ExerciseFile> files) {
        return files.stream().map(f -> new ExercisePage.FileText(f.path(), f.content())).toList();
    }

    private static List<SourceFile> sources(List<ExerciseFile> files) {
        return files.stream().map(f -> SourceFile.text(f.path(), f.content())).toList();
    }
}
