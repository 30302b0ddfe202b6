package org.coderise.sandbox.language;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.engine.Execution;
import org.coderise.sandbox.engine.SlotSession;

/**
 * A language: how to compile and run a program and its unit tests inside the jail. Commands use absolute paths of
 * Debian's runtimes (never a shim such as pyenv's, which costs ~100 ms a run) and paths as seen inside the jail.
 */
public interface Language {

    LanguageInfo info();

    /** Copies the harness files into the runtime directory (mounted read-only in every jail); at start-up. */
    void install(Path runtimeDir);

    /**
     * Prepares warm state with trusted code in a jail, once at start-up (e.g. a class-data archive of the test
     * launcher, which must be made at the paths the jail sees). Failures only cost speed.
     */
    default void prepare(SlotSession session, Path runtimeDir) {
    }

    /**
     * Why these options cannot be used, if they cannot: a compiler option that would run code where no learner code
     * may run (e.g. a javac plugin in the warm compiler shared by a slot's runs).
     */
    default Optional<String> refuse(RunOptions options) {
        return Optional.empty();
    }

    /** Host paths beyond {@code /usr} the runtime reads, bound read-only at the same place. */
    default List<String> readOnlyPaths() {
        return List.of();
    }

    /** Environment variables the runtime wants inside the jail. */
    default Map<String, String> environment() {
        return Map.of();
    }

    /** The compile step of a program run, if the language compiles (interpreted languages keep this default). */
    default Optional<List<String>> compile(Program program) {
        return Optional.empty();
    }

    /**
     * Compiles with a warm resident compiler of the slot, if the language has one: the outcome, or empty to run the
     * one-shot {@code command} instead (also when the resident compiler failed).
     */
    default Optional<WarmCompile> compileWarm(SlotSession session, List<String> command) {
        return Optional.empty();
    }

    /** The outcome of a warm compile: javac's exit code, its diagnostics, and how long it took. */
    record WarmCompile(int exitCode, String output, java.time.Duration duration) {
    }

    /** Runs the program (entry point, interpreter and program arguments, memory flags from the limits). */
    List<String> run(Program program);

    /** The compile step of a unit-test run (learner files, tests and the harness), if the language compiles. */
    default Optional<List<String>> compileTests(Program program) {
        return Optional.empty();
    }

    /** Runs the harness over {@link Program#testFiles()} in order. */
    List<String> runTests(Program program);

    /** Reads what the harness reported; by default the line protocol on standard output. */
    default UnitReport report(Program program, Execution execution, SlotSession session) {
        return HarnessProtocol.parse(execution.stdout().text());
    }

    /** True when a plain run failed because the source does not parse (interpreted languages have no compile step). */
    default boolean failedToParse(Execution execution) {
        return false;
    }

    /** True when the runtime's own heap limit stopped the program (before the cgroup would have). */
    default boolean ranOutOfMemory(Execution execution) {
        return false;
    }
}
