package org.coderise.sandbox.api;

import java.util.List;
import java.util.Objects;

/**
 * One run: the learner's files, optionally tests to run against them, standard input and limits.
 *
 * @param language a {@link LanguageInfo#id()}, e.g. {@code python}, {@code javascript}, {@code java}, {@code c}
 * @param files the learner's files plus any support files, with relative paths ({@code main.py}, {@code lib/util.js})
 * @param entryPoint the file to compile or run as the program (e.g. {@code main.py}, {@code Main.java}); empty means
 *     the language's default file name
 * @param stdin standard input of a plain run (ignored by unit tests; I/O tests carry their own)
 * @param tests what to check; {@link Tests.None} runs the program once (the playground's "Run")
 * @param limits the limits of this run; {@link Limits#defaults()} when in doubt
 * @param options extra compiler, interpreter and program arguments (Jobe's compileargs, interpreterargs, runargs)
 */
public record RunRequest(
        String language,
        List<SourceFile> files,
        String entryPoint,
        String stdin,
        Tests tests,
        Limits limits,
        RunOptions options) {

    public RunRequest {
        Objects.requireNonNull(language, "language");
        files = List.copyOf(files);
        entryPoint = entryPoint == null ? "" : entryPoint;
        stdin = stdin == null ? "" : stdin;
        tests = tests == null ? new Tests.None() : tests;
        limits = limits == null ? Limits.defaults() : limits;
        options = options == null ? RunOptions.NONE : options;
    }

    /** A plain run of a program with standard input and default limits. */
    public static RunRequest program(String language, List<SourceFile> files, String stdin) {
        return new RunRequest(language, files, "", stdin, new Tests.None(), Limits.defaults(), RunOptions.NONE);
    }
}
