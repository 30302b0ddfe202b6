package org.coderise.sandbox.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.engine.BubblewrapEngine;
import org.coderise.sandbox.engine.Execution;
import org.coderise.sandbox.engine.SlotSession;

/**
 * Java 17 with Debian's JDK. Both JVMs start with C1 only and the serial GC (a short run never pays back C2 or a
 * parallel GC), and javac with a class-data archive made at start-up. Unit tests are JUnit 5 classes run by the
 * JUnit console launcher; its XML report is read back by {@link JunitReport}.
 */
public final class JavaLanguage implements Language {
    static final String JDK = "/usr/lib/jvm/java-17-openjdk-amd64";
    static final String JUNIT_JAR = "junit-platform-console-standalone.jar";
    private static final String CLASSES = ".coderise-classes";
    static final String REPORTS = ".coderise-reports";
    private static final List<String> FAST_START = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-XX:-UsePerfData");
    private final LanguageInfo info = new LanguageInfo("java", "Java 17", jdkVersion(), "Main.java");
    private final JavacArchive archive = new JavacArchive();

    @Override
    public LanguageInfo info() {
        return info;
    }

    @Override
    public void install(Path runtimeDir) {
        RuntimeFiles.install(runtimeDir, "java", List.of(JUNIT_JAR));
        archive.create(runtimeDir.resolve("java"));
    }

    @Override
    public List<String> readOnlyPaths() {
        return List.of("/etc/java-17-openjdk");
    }

    @Override
    public Optional<List<String>> compile(Program program) {
        return Optional.of(javac(program, program.filesEndingWith(".java", false)));
    }

    @Override
    public List<String> run(Program program) {
        List<String> command = java(program);
        command.addAll(List.of("-cp", CLASSES, mainClass(program.entryPoint())));
        command.addAll(program.options().programArgs());
        return command;
    }

    @Override
    public Optional<List<String>> compileTests(Program program) {
        return Optional.of(javac(program, program.filesEndingWith(".java", true)));
    }

    @Override
    public List<String> runTests(Program program) {
        List<String> command = java(program);
        command.addAll(List.of("-jar", BubblewrapEngine.runtimeMount() + "/java/" + JUNIT_JAR, "execute",
                "--disable-banner", "--disable-ansi-colors", "--details=none", "--reports-dir=" + REPORTS,
                "--config=junit.platform.output.capture.stdout=true",
                "--config=junit.platform.output.capture.stderr=true", "-cp", CLASSES));
        program.testFiles().stream().filter(f -> f.endsWith(".java"))
                .forEach(f -> command.add("--select-class=" + mainClass(f)));
        return command;
    }

    @Override
    public UnitReport report(Program program, Execution execution, SlotSession session) {
        return JunitReport.read(program, session);
    }

    @Override
    public boolean ranOutOfMemory(Execution execution) {
        return execution.stderr().text().contains("java.lang.OutOfMemoryError");
    }

    private List<String> javac(Program program, List<String> sources) {
        List<String> command = new ArrayList<>(List.of(JDK + "/bin/javac"));
        FAST_START.forEach(flag -> command.add("-J" + flag));
        archive.flag().ifPresent(flag -> command.add("-J" + flag));
        command.addAll(List.of("-J-Xmx256m", "-encoding", "UTF-8", "-proc:none", "-d", CLASSES,
                "-cp", BubblewrapEngine.runtimeMount() + "/java/" + JUNIT_JAR));
        command.addAll(program.options().compileArgs());
        command.addAll(sources);
        return command;
    }

    /** The JVM cannot see the cgroup from inside the jail and would size its heap from host memory: tell it. */
    private static List<String> java(Program program) {
        long megabytes = program.memoryMegabytes();
        List<String> command = new ArrayList<>(List.of(JDK + "/bin/java"));
        command.addAll(FAST_START);
        command.addAll(List.of("-Xmx" + Math.max(16, megabytes / 2) + "m", "-Xss8m",
                "-XX:MaxMetaspaceSize=" + Math.max(32, megabytes / 4) + "m", "-XX:ReservedCodeCacheSize=32m",
                "-XX:ActiveProcessorCount=1"));
        command.addAll(program.options().interpreterArgs());
        return command;
    }

    static String mainClass(String file) {
        String name = file.endsWith(".java") ? file.substring(0, file.length() - ".java".length()) : file;
        return name.replace('/', '.');
    }

    private static String jdkVersion() {
        try {
            return Files.readAllLines(Path.of(JDK, "release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .findFirst().orElse("17");
        } catch (java.io.IOException e) {
            return "17";
        }
    }
}
