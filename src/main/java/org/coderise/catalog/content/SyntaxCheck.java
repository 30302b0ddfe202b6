package org.coderise.catalog.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Checks that tests and reference solutions parse, reporting the parser's own line: Python with {@code ast.parse},
 * JavaScript with {@code node --check}, Java with the JDK's parser. Only parsing: no author code is executed on the
 * host (that happens in the sandbox). A missing interpreter is a warning, not an error: the sandbox check still
 * catches the file.
 */
public final class SyntaxCheck {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path NODE = Path.of("/usr/bin/node");
    private static final String PYTHON_PARSE = "import ast,sys\n"
            + "for f in sys.argv[1:]:\n"
            + "    try:\n"
            + "        ast.parse(open(f, encoding='utf-8').read(), f)\n"
            + "    except SyntaxError as e:\n"
            + "        print(f'{f}\\t{e.lineno or 1}\\t{e.msg}')\n";
    /** Compiles each file as a CommonJS module body (what {@code require} does) without running it. */
    private static final String NODE_PARSE = "const fs = require('fs'), vm = require('vm');\n"
            + "for (const f of process.argv.slice(1)) {\n"
            + "  try {\n"
            + "    vm.compileFunction(fs.readFileSync(f, 'utf8'),\n"
            + "        ['exports', 'require', 'module', '__filename', '__dirname'], {filename: f});\n"
            + "  } catch (e) {\n"
            + "    const at = /:(\\d+)$/.exec(String(e.stack).split('\\n')[0]);\n"
            + "    console.log(f + '\\t' + (at ? at[1] : 1) + '\\t' + e.name + ': ' + e.message);\n"
            + "  }\n"
            + "}\n";

    /** Checks the test files and reference solution of every exercise of {@code course}. */
    public List<Problem> check(CourseContent course, Path courseFolder, String displayPrefix) {
        List<String> files = new ArrayList<>();
        for (ExerciseContent exercise : course.exercises()) {
            if (exercise.tests() instanceof TestSuite.Unit unit) {
                unit.files().forEach(f -> files.add(exercise.path() + "/tests/" + f.file().path()));
            }
            exercise.solution().forEach(f -> files.add(exercise.path() + "/solution/" + f.path()));
        }
        List<Problem> problems = new ArrayList<>();
        List<String> python = files.stream().filter(f -> f.endsWith(".py")).toList();
        List<String> javascript = files.stream().filter(f -> f.endsWith(".js")).toList();
        List<String> java = files.stream().filter(f -> f.endsWith(".java")).toList();
        checkPython(courseFolder, displayPrefix, python, problems);
        checkJavaScript(courseFolder, displayPrefix, javascript, problems);
        java.forEach(file -> checkJava(courseFolder, displayPrefix, file, problems));
        return problems;
    }

    private void checkPython(Path folder, String prefix, List<String> files, List<Problem> problems) {
        if (files.isEmpty() || !tool(PYTHON, prefix, problems)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-I", "-c", PYTHON_PARSE));
        command.addAll(files);
        for (String line : run(folder, command, prefix, problems).split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                problems.add(error(prefix + "/" + parts[0], Integer.parseInt(parts[1]), "SyntaxError: " + parts[2]));
            }
        }
    }

    private void checkJavaScript(Path folder, String prefix, List<String> files, List<Problem> problems) {
        if (files.isEmpty() || !tool(NODE, prefix, problems)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(NODE.toString(), "-e", NODE_PARSE));
        command.addAll(files);
        for (String line : run(folder, command, prefix, problems).split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                problems.add(error(prefix + "/" + parts[0], Integer.parseInt(parts[1]), parts[2]));
            }
        }
    }

    private void checkJava(Path folder, String prefix, String file, List<Problem> problems) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            problems.add(new Problem(prefix, 1, Problem.Severity.WARNING, "no Java compiler here: Java syntax not checked"));
            return;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (var fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var units = fileManager.getJavaFileObjects(folder.resolve(file));
            var task = (com.sun.source.util.JavacTask) compiler.getTask(null, fileManager, diagnostics,
                    List.of("-proc:none"), null, units);
            task.parse();
        } catch (IOException e) {
            problems.add(error(prefix + "/" + file, 1, "cannot read: " + e.getMessage()));
        }
        diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .forEach(d -> problems.add(error(prefix + "/" + file, (int) d.getLineNumber(),
                        d.getMessage(Locale.ROOT))));
    }

    private static boolean tool(Path executable, String prefix, List<Problem> problems) {
        if (Files.isExecutable(executable)) {
            return true;
        }
        problems.add(new Problem(prefix, 1, Problem.Severity.WARNING, executable + " not found: syntax not checked"));
        return false;
    }

    private static String run(Path folder, List<String> command, String prefix, List<Problem> problems) {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output;
        } catch (IOException e) {
            problems.add(new Problem(prefix, 1, Problem.Severity.WARNING, "syntax check could not run: " + e.getMessage()));
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Problem error(String file, int line, String message) {
        return new Problem(file, line, Problem.Severity.ERROR, message);
    }
}
