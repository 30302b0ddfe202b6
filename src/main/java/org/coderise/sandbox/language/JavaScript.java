package org.coderise.sandbox.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.engine.BubblewrapEngine;
import org.coderise.sandbox.engine.Execution;

/**
 * JavaScript on Debian's Node.js (CommonJS); unit tests are {@code node:test} files loaded in order by
 * {@code javascript/harness.js}, reported by {@code javascript/reporter.mjs}.
 */
public final class JavaScript implements Language {
    private static final String NODE = "/usr/bin/node";
    private final LanguageInfo info = new LanguageInfo("javascript", "JavaScript (Node.js)",
            RuntimeFiles.versionOf(List.of(NODE, "--version")).replace("v", ""), "main.js");

    @Override
    public LanguageInfo info() {
        return info;
    }

    @Override
    public void install(Path runtimeDir) {
        RuntimeFiles.install(runtimeDir, "javascript", List.of("harness.js", "protocol.js", "reporter.mjs"));
    }

    /** V8 sizes its heap from host memory, which the jail hides: half the run's memory, the cgroup is the hard stop. */
    private static List<String> memoryFlags(Program program) {
        return List.of("--max-old-space-size=" + Math.max(16, program.memoryMegabytes() / 2), "--stack-size=4000");
    }

    @Override
    public List<String> run(Program program) {
        List<String> command = new ArrayList<>(List.of(NODE));
        command.addAll(memoryFlags(program));
        command.addAll(program.options().interpreterArgs());
        command.add(program.entryPoint());
        command.addAll(program.options().programArgs());
        return command;
    }

    @Override
    public List<String> runTests(Program program) {
        String harness = BubblewrapEngine.runtimeMount() + "/javascript/";
        List<String> command = new ArrayList<>(List.of(NODE));
        command.addAll(memoryFlags(program));
        command.addAll(List.of("--test-reporter=" + harness + "reporter.mjs", harness + "harness.js"));
        command.addAll(program.testFiles());
        return command;
    }

    @Override
    public boolean failedToParse(Execution execution) {
        return execution.exitCode().orElse(0) == 1 && execution.stderr().text().contains("\nSyntaxError: ");
    }

    @Override
    public boolean ranOutOfMemory(Execution execution) {
        return execution.stderr().text().contains("JavaScript heap out of memory");
    }
}
