package org.coderise.sandbox.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.engine.Command;
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
    private static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> FAST_START = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-XX:-UsePerfData");
    private final LanguageInfo info = new LanguageInfo("java", "Java 17", jdkVersion(), "Main.java");
    private static final Pattern SAFE_JAVAC_FLAG = Pattern.compile(
            "-g(:[a-z,]+)?|-Xlint(:[a-z,\\-]+)?|-nowarn|-deprecation|-parameters|-Werror");
    private static final String WARM_UP_TEST = "CoderiseWarmUpTest";
    private static final String JUNIT_ARCHIVE = "junit.jsa";
    private final JavacArchive archive = new JavacArchive();
    private volatile Optional<String> junitArchive = Optional.empty();

    @Override
    public LanguageInfo info() {
        return info;
    }

    @Override
    public void install(Path runtimeDir) {
        RuntimeFiles.install(runtimeDir, "java", List.of(JUNIT_JAR));
        archive.create(runtimeDir.resolve("java"));
        installServer(runtimeDir.resolve("java/server"));
    }

    private static void installServer(Path dir) {
        String classFile = JavacServer.class.getName().replace('.', '/') + ".class";
        try (var in = JavacServer.class.getResourceAsStream("/" + classFile)) {
            Path target = dir.resolve(classFile);
            Files.createDirectories(target.getParent());
            Files.copy(Objects.requireNonNull(in, classFile), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the warm Java compiler", e);
        }
    }

    /**
     * Sends javac's arguments (not its JVM flags) to the slot's warm compiler. It costs one JVM per slot (see
     * CONTRIBUTING.md for the measured memory), started on the slot's first Java compile.
     */
    @Override
    public Optional<WarmCompile> compileWarm(SlotSession session, List<String> command) {
        String arguments = command.stream().skip(1).filter(arg -> !arg.startsWith("-J"))
                .collect(Collectors.joining("\t"));
        long start = System.nanoTime();
        return session.companion("javac", JavaLanguage::compilerServer)
                .exchange(arguments, COMPILE_TIMEOUT)
                .map(r -> new WarmCompile(r.code(), r.text(), Duration.ofNanos(System.nanoTime() - start)));
    }

    private static Command compilerServer() {
        Limits limits = new Limits(Duration.ofHours(1), Duration.ofDays(365), 512L * 1024 * 1024, 64,
                64L * 1024 * 1024, 64 * 1024, 256);
        return new Command(List.of(JDK + "/bin/java", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData",
                "-Xmx256m", "-XX:ReservedCodeCacheSize=64m", "-cp", BubblewrapEngine.runtimeMount() + "/java/server",
                JavacServer.class.getName()), Map.of(), List.of("/etc/java-17-openjdk"), limits, "");
    }

    /**
     * Makes a class-data archive of the JUnit console launcher by running it, in a jail, on a trivial test of ours:
     * the archive records the jar's path as the jail sees it, so it cannot be made on the host. It saves a large
     * part of the launcher's start-up on every unit-test run.
     */
    @Override
    public void prepare(SlotSession session, Path runtimeDir) {
        session.write(WARM_UP_TEST + ".java", ("import org.junit.jupiter.api.Test;\n"
                + "class " + WARM_UP_TEST + " { @Test void runs() {"
                + " org.junit.jupiter.api.Assertions.assertEquals(2, 1 + 1); } }\n").getBytes(StandardCharsets.UTF_8));
        Limits limits = Limits.defaults().withFileBytes(64L * 1024 * 1024).withMemoryBytes(1024L * 1024 * 1024)
                .withWallTime(Duration.ofSeconds(60)).withCpuTime(Duration.ofSeconds(60));
        Program program = new Program(WARM_UP_TEST + ".java", List.of(), List.of(WARM_UP_TEST + ".java"),
                RunOptions.NONE, limits);
        List<String> compile = compileTests(program).orElseThrow();
        boolean compiled = compileWarm(session, compile).map(outcome -> outcome.exitCode() == 0)
                .orElseGet(() -> session.execute(command(compile, limits)).exitedCleanly());
        if (!compiled) {
            return;
        }
        List<String> run = new ArrayList<>(runTests(program));
        run.add(1, "-XX:ArchiveClassesAtExit=" + JUNIT_ARCHIVE);
        session.execute(command(run, limits));
        session.read(JUNIT_ARCHIVE, (int) limits.fileBytes()).ifPresent(bytes -> {
            try {
                Files.write(runtimeDir.resolve("java").resolve(JUNIT_ARCHIVE), bytes);
                junitArchive = Optional.of("-XX:SharedArchiveFile=" + BubblewrapEngine.runtimeMount() + "/java/"
                        + JUNIT_ARCHIVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Command command(List<String> argv, Limits limits) {
        return new Command(argv, environment(), readOnlyPaths(), limits, "");
    }

    /**
     * Only harmless javac flags: the warm compiler serves every run of its slot, so a flag that loads code into it
     * ({@code -Xplugin}, {@code -processor…}, {@code -J…}, argument files) would let one learner's code see or change
     * another's compilation.
     */
    @Override
    public Optional<String> refuse(RunOptions options) {
        return options.compileArgs().stream().filter(arg -> !SAFE_JAVAC_FLAG.matcher(arg).matches()).findFirst()
                .map(arg -> "The compiler option '" + arg + "' is not allowed for Java (allowed: -g, -Xlint, "
                        + "-nowarn, -deprecation, -parameters, -Werror).");
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
        junitArchive.ifPresent(command::add);
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
        } catch (IOException e) {
            return "17";
        }
    }
}
