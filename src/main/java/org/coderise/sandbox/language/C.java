package org.coderise.sandbox.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.engine.BubblewrapEngine;

/**
 * C with Debian's gcc. Unit tests use {@code coderise_test.h} ({@code TEST}, {@code CHECK_EQ_INT}, …) and a runner
 * that forks per test; the learner's {@code main} is renamed so the runner's is the program's.
 */
public final class C implements Language {
    private static final String GCC = "/usr/bin/gcc";
    private static final List<String> DEFAULT_FLAGS = List.of("-std=gnu11", "-O2", "-Wall");
    private static final String PROGRAM = "./.coderise-program";
    private static final String TESTS = "./.coderise-tests";
    private final LanguageInfo info = new LanguageInfo("c", "C (gcc)",
            RuntimeFiles.versionOf(List.of(GCC, "-dumpfullversion")), "main.c");

    @Override
    public LanguageInfo info() {
        return info;
    }

    @Override
    public void install(Path runtimeDir) {
        RuntimeFiles.install(runtimeDir, "c", List.of("coderise_test.h", "coderise_test_main.c"));
    }

    @Override
    public Optional<List<String>> compile(Program program) {
        return Optional.of(gcc(program, program.filesEndingWith(".c", false), PROGRAM, List.of()));
    }

    @Override
    public List<String> run(Program program) {
        List<String> command = new ArrayList<>(List.of(PROGRAM));
        command.addAll(program.options().programArgs());
        return command;
    }

    @Override
    public Optional<List<String>> compileTests(Program program) {
        String harness = BubblewrapEngine.runtimeMount() + "/c";
        List<String> sources = new ArrayList<>(program.filesEndingWith(".c", true));
        sources.add(harness + "/coderise_test_main.c");
        return Optional.of(gcc(program, sources, TESTS, List.of("-I" + harness, "-Dmain=coderise_learner_main")));
    }

    @Override
    public List<String> runTests(Program program) {
        List<String> command = new ArrayList<>(List.of(TESTS));
        command.addAll(program.testFiles());
        return command;
    }

    private static List<String> gcc(Program program, List<String> sources, String output, List<String> extra) {
        List<String> command = new ArrayList<>(List.of(GCC));
        command.addAll(program.options().compileArgs().isEmpty() ? DEFAULT_FLAGS : program.options().compileArgs());
        command.addAll(extra);
        command.addAll(List.of("-o", output));
        command.addAll(sources);
        command.addAll(program.options().linkArgs().isEmpty() ? List.of("-lm") : program.options().linkArgs());
        return command;
    }
}
