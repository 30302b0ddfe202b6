package org.coderise.sandbox.api;

import java.util.List;

/**
 * Extra arguments, mostly for the Jobe protocol. Empty lists mean the language's defaults.
 *
 * @param compileArgs replace the compiler's default flags (e.g. C's {@code -Wall -std=c99})
 * @param linkArgs added after the source files when linking (e.g. {@code -lm})
 * @param interpreterArgs replace the interpreter's default flags
 * @param programArgs passed to the learner's program
 */
public record RunOptions(List<String> compileArgs, List<String> linkArgs, List<String> interpreterArgs,
        List<String> programArgs) {

    public static final RunOptions NONE = new RunOptions(List.of(), List.of(), List.of(), List.of());

    public RunOptions {
        compileArgs = List.copyOf(compileArgs);
        linkArgs = List.copyOf(linkArgs);
        interpreterArgs = List.copyOf(interpreterArgs);
        programArgs = List.copyOf(programArgs);
    }
}
