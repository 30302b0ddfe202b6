package org.coderise.sandbox.application;

import java.util.List;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.engine.SlotSession;
import org.coderise.sandbox.language.Language;
import org.coderise.sandbox.language.Program;

/**
 * Lays a request out in the slot's work dir: the learner's files at their paths, unit test files by file name next
 * to them (so tests import the learner's code as a sibling, CONTRIBUTING.md "Unit test conventions").
 */
final class Layout {
    private Layout() {
    }

    static String testFileName(SourceFile test) {
        return test.path().substring(test.path().lastIndexOf('/') + 1);
    }

    static Program layOut(SlotSession session, RunRequest request, Language language, Limits limits) {
        session.sizeWorkDir(limits.fileBytes());
        request.files().forEach(file -> session.write(file.path(), file.content()));
        List<SourceFile> tests = request.tests() instanceof Tests.Unit unit ? unit.testFiles() : List.of();
        tests.forEach(test -> session.write(testFileName(test), test.content()));
        return new Program(RequestValidator.entryPoint(request, language),
                request.files().stream().map(SourceFile::path).toList(),
                tests.stream().map(Layout::testFileName).toList(), request.options(), limits);
    }
}
