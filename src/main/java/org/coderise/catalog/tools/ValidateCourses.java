package org.coderise.catalog.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.coderise.catalog.content.CourseValidation;
import org.coderise.catalog.content.Problem;
import org.coderise.sandbox.api.Sandbox;

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
        Optional<Sandbox> sandbox = args.contains("--no-sandbox") ? Optional.empty() : findSandbox();
        if (sandbox.isEmpty() && !args.contains("--no-sandbox")) {
            err.println("warning: no sandbox engine found: reference solutions and starters are not run");
        }
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

    /** The sandbox engine registered for {@link ServiceLoader} ({@code META-INF/services}), if one is on the path. */
    public static Optional<Sandbox> findSandbox() {
        return ServiceLoader.load(Sandbox.class).findFirst();
    }
}
