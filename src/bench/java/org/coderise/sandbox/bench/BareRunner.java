package org.coderise.sandbox.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.engine.BubblewrapEngine;
import org.coderise.sandbox.language.Language;
import org.coderise.sandbox.language.Program;

/**
 * The floor: the very commands a language descriptor gives the jail, run directly on the host in a temporary
 * directory (runtime paths pointed at the real runtime directory), with a cleared environment.
 */
final class BareRunner {
    private final Path runtimeDir;

    BareRunner(Path runtimeDir) {
        this.runtimeDir = runtimeDir;
    }

    /** Compiles (if needed) and runs; returns elapsed nanoseconds. */
    long run(Language language, Submissions submission, boolean unitTests) {
        Path dir = layOut(submission, unitTests);
        try {
            long start = System.nanoTime();
            Program program = new Program(language.info().defaultEntryPoint(),
                    submission.program().stream().map(SourceFile::path).toList(),
                    unitTests ? submission.unitTests().stream().map(BareRunner::fileName).toList() : List.of(),
                    RunOptions.NONE, Limits.defaults());
            Optional<List<String>> compile = unitTests ? language.compileTests(program) : language.compile(program);
            compile.ifPresent(command -> execute(dir, command, language.environment()));
            execute(dir, unitTests ? language.runTests(program) : language.run(program), language.environment());
            return System.nanoTime() - start;
        } finally {
            delete(dir);
        }
    }

    private Path layOut(Submissions submission, boolean unitTests) {
        try {
            Path dir = Files.createTempDirectory("coderise-bare");
            for (SourceFile file : submission.program()) {
                Files.write(dir.resolve(file.path()), file.content());
            }
            if (unitTests) {
                for (SourceFile file : submission.unitTests()) {
                    Files.write(dir.resolve(fileName(file)), file.content());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(SourceFile file) {
        return file.path().substring(file.path().lastIndexOf('/') + 1);
    }

    private void execute(Path dir, List<String> command, Map<String, String> environment) {
        List<String> real = new ArrayList<>();
        for (String arg : command) {
            real.add(arg.replace(BubblewrapEngine.runtimeMount(), runtimeDir.toString()));
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(real).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            builder.environment().put("LANG", "C.UTF-8");
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() > 1) {
                throw new IllegalStateException("bare run failed: " + real + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
