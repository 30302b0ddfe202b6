package org.coderise.sandbox.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.engine.BubblewrapEngine;
import org.coderise.sandbox.engine.Execution;

/** Python 3 with Debian's interpreter; unit tests are {@code unittest} files run by {@code python/harness.py}. */
public final class Python implements Language {
    private static final String PYTHON = "/usr/bin/python3";
    private final LanguageInfo info = new LanguageInfo("python", "Python 3",
            RuntimeFiles.versionOf(List.of(PYTHON, "--version")).replace("Python ", ""), "main.py");

    @Override
    public LanguageInfo info() {
        return info;
    }

    @Override
    public void install(Path runtimeDir) {
        RuntimeFiles.install(runtimeDir, "python", List.of("harness.py"));
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("PYTHONDONTWRITEBYTECODE", "1", "PYTHONIOENCODING", "utf-8");
    }

    @Override
    public List<String> run(Program program) {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(program.options().interpreterArgs().isEmpty() ? List.of("-B")
                : program.options().interpreterArgs());
        command.add(program.entryPoint());
        command.addAll(program.options().programArgs());
        return command;
    }

    @Override
    public List<String> runTests(Program program) {
        List<String> command = new ArrayList<>(
                List.of(PYTHON, "-B", BubblewrapEngine.runtimeMount() + "/python/harness.py"));
        command.addAll(program.testFiles());
        return command;
    }

    @Override
    public boolean failedToParse(Execution execution) {
        String last = RuntimeFiles.lastLine(execution.stderr().text());
        return execution.exitCode().orElse(0) == 1
                && (last.startsWith("SyntaxError:") || last.startsWith("IndentationError:")
                || last.startsWith("TabError:"));
    }

    @Override
    public boolean ranOutOfMemory(Execution execution) {
        return RuntimeFiles.lastLine(execution.stderr().text()).startsWith("MemoryError");
    }
}
