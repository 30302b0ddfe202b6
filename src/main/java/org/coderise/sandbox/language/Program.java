package org.coderise.sandbox.language;

import java.util.List;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;

/**
 * A program as laid out in the work dir.
 *
 * @param entryPoint the file to run or whose class to start, relative to {@code /work}
 * @param sourceFiles every learner and support file, relative to {@code /work}, in request order
 * @param testFiles the unit test files (flattened next to the learner's files), in request order; empty otherwise
 * @param options extra compiler, interpreter and program arguments
 * @param limits the limits of the run; memory flags of runtimes derive from them
 */
public record Program(String entryPoint, List<String> sourceFiles, List<String> testFiles, RunOptions options,
        Limits limits) {

    public Program {
        sourceFiles = List.copyOf(sourceFiles);
        testFiles = List.copyOf(testFiles);
    }

    /** Source files with the given suffix, e.g. {@code .java}, learner files first, then tests. */
    public List<String> filesEndingWith(String suffix, boolean withTests) {
        List<String> learner = sourceFiles.stream().filter(f -> f.endsWith(suffix)).toList();
        if (!withTests) {
            return learner;
        }
        return java.util.stream.Stream.concat(learner.stream(), testFiles.stream().filter(f -> f.endsWith(suffix)))
                .toList();
    }

    long memoryMegabytes() {
        return limits.memoryBytes() / (1024 * 1024);
    }
}
