package org.coderise.sandbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coderise.sandbox.api.InvalidRunRequestException;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.language.Language;
import org.coderise.sandbox.language.Program;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {
    private static final Language PYTHON = new Language() {
        @Override
        public LanguageInfo info() {
            return new LanguageInfo("python", "Python 3", "3", "main.py");
        }

        @Override
        public void install(Path runtimeDir) {
        }

        @Override
        public Optional<List<String>> compile(Program program) {
            return Optional.empty();
        }

        @Override
        public List<String> run(Program program) {
            return List.of();
        }

        @Override
        public Optional<List<String>> compileTests(Program program) {
            return Optional.empty();
        }

        @Override
        public List<String> runTests(Program program) {
            return List.of();
        }
    };
    private final RequestValidator validator = new RequestValidator(Map.of("python", PYTHON), 1024, 4);

    private static RunRequest request(String language, Tests tests, SourceFile... files) {
        return new RunRequest(language, List.of(files), "", "", tests, Limits.defaults(), RunOptions.NONE);
    }

    private static RunRequest python(SourceFile... files) {
        return request("python", new Tests.None(), files);
    }

    @Test
    void acceptsAProgramWithItsEntryFileAndSupportFiles() {
        assertThat(validator.validate(python(SourceFile.text("main.py", "print(1)"),
                SourceFile.text("lib/util.py", "x = 1")))).isSameAs(PYTHON);
    }

    @Test
    void rejectsAnUnknownLanguageNamingTheKnownOnes() {
        assertThatThrownBy(() -> validator.validate(request("cobol", new Tests.None(),
                SourceFile.text("main.cob", "x"))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("cobol").hasMessageContaining("python");
    }

    @Test
    void rejectsAnEmptySubmission() {
        assertThatThrownBy(() -> validator.validate(python()))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> validator.validate(python(SourceFile.text("main.py", ""))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("empty");
    }

    @Test
    void rejectsASubmissionWithoutItsEntryFile() {
        assertThatThrownBy(() -> validator.validate(python(SourceFile.text("other.py", "x = 1"))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("main.py");
    }

    @Test
    void rejectsPathsThatLeaveTheWorkDirOrHideFiles() {
        for (String path : List.of("../main.py", "/etc/passwd", "lib/../../x.py", "lib//x.py", ".hidden.py",
                "a\\b.py", "ma\u0000in.py")) {
            assertThatThrownBy(() -> validator.validate(python(SourceFile.text("main.py", "x"),
                    SourceFile.text(path, "x"))))
                    .as(path).isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("Unsafe file name");
        }
    }

    @Test
    void rejectsDuplicateNamesIncludingTestsLaidOutBesideTheLearnerFiles() {
        assertThatThrownBy(() -> validator.validate(python(SourceFile.text("main.py", "x"),
                SourceFile.text("main.py", "y"))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> validator.validate(request("python",
                new Tests.Unit(List.of(SourceFile.text("tests/main.py", "x"))), SourceFile.text("main.py", "x"))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("same name");
    }

    @Test
    void rejectsOversizedSubmissionsAndTooManyFiles() {
        assertThatThrownBy(() -> validator.validate(python(SourceFile.text("main.py", "x".repeat(2000)))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> validator.validate(python(SourceFile.text("main.py", "x"), SourceFile.text("a", "x"),
                SourceFile.text("b", "x"), SourceFile.text("c", "x"), SourceFile.text("d", "x"))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("Too many files");
    }

    @Test
    void rejectsBinaryJunkAsSourceButAcceptsBinaryDataFiles() {
        assertThatThrownBy(() -> validator.validate(python(new SourceFile("main.py", new byte[] {(byte) 0xff, 0, 1}))))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("not text");
        assertThat(validator.validate(python(SourceFile.text("main.py", "x"),
                new SourceFile("data.bin", new byte[] {(byte) 0xff, 0})))).isSameAs(PYTHON);
    }

    @Test
    void rejectsJavaCompilerFlagsThatWouldLoadCodeIntoTheSharedWarmCompiler() {
        RequestValidator java = new RequestValidator(Map.of("java", new org.coderise.sandbox.language.JavaLanguage()),
                1024, 4);
        RunOptions plugin = new RunOptions(List.of("-Xplugin:Evil"), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> java.validate(new RunRequest("java", List.of(SourceFile.text("Main.java", "class Main {}")),
                "", "", new Tests.None(), Limits.defaults(), plugin)))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("-Xplugin:Evil");
        RunOptions lint = new RunOptions(List.of("-Xlint:all", "-g"), List.of(), List.of(), List.of());
        assertThat(java.validate(new RunRequest("java", List.of(SourceFile.text("Main.java", "class Main {}")),
                "", "", new Tests.None(), Limits.defaults(), lint)).info().id()).isEqualTo("java");
    }
}
