package org.coderise.catalog.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coderise.catalog.content.CourseValidation;
import org.coderise.catalog.content.Problem;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SandboxFactory;
import org.coderise.sandbox.api.SandboxSettings;

/**
 * Validates every course under a folder and prints each problem as {@code file:line: message}, then a summary.
 * Exit status 0 when there is no error, 1 when there is, 2 when it could not run. Usage:
 * {@code ValidateCourses [courses-dir] [--no-sandbox]}; the folder defaults to {@code courses}.
 */
public final class ValidateCourses {
    private ValidateCourses() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = Path.of(args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("courses"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": no such folder of courses");
            return 2;
        }
        Optional<Sandbox> sandbox = args.contains("--no-sandbox") ? Optional.empty() : Optional.of(startSandbox());
        if (sandbox.isPresent() && !sandbox.get().status().ready()) {
            err.println("error: the sandbox refuses to run code: " + String.join("; ", sandbox.get().status().problems()));
            sandbox.get().close();
            return 2;
        }
        long start = System.nanoTime();
        try {
            CourseValidation.Report report = new CourseValidation().validate(dir, sandbox,
                    Runtime.getRuntime().availableProcessors());
            report.problems().stream().map(Problem::toString).forEach(out::println);
            out.println(report.summary() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return report.errors() == 0 ? 0 : 1;
        } finally {
            sandbox.ifPresent(Sandbox::close);
        }
    }

    /**
     * The real sandbox, with its own slots (uids from 63000) and work folder under {@code target/}, so it never
     * shares cgroups or files with a running server or another test's sandbox on the same host.
     */
    public static Sandbox startSandbox() {
        return SandboxFactory.create(SandboxSettings.defaults()
                .withSlots(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .withBaseDir(Path.of("target/course-sandbox").toAbsolutePath())
                .withFirstUid(63000));
    }
}
