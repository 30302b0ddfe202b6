package org.coderise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.coderise.sandbox.api.IoTest;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.SandboxSettings;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.application.SandboxService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden scenarios in the Exercism manner: {@code src/test/resources/sandbox-scenarios/<language>/<scenario>/} holds
 * the learner's {@code files/}, optional unit {@code tests/}, optional I/O cases {@code io/NAME.in}+{@code NAME.out},
 * optional {@code stdin}, and {@code expected.properties} (verdict, and optional checks and limits). Each scenario
 * also asserts that the host is clean afterwards: no process of a slot uid, no file in a work dir, no cgroup member.
 */
class SandboxScenariosTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/sandbox-scenarios");
    private static SandboxService sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxService.start(SandboxSettings.defaults().withSlots(2)
                .withBaseDir(Path.of("target/sandbox-scenarios").toAbsolutePath()).withFirstUid(62000));
        assertThat(sandbox.status().ready()).as("sandbox status %s", sandbox.status()).isTrue();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesItsExpectedVerdictAndLeavesTheHostClean() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> dirs = Files.walk(SCENARIOS, 2)) {
            scenarios = dirs.filter(dir -> Files.exists(dir.resolve("expected.properties"))).sorted().toList();
        }
        return scenarios.stream().map(dir -> DynamicTest.dynamicTest(SCENARIOS.relativize(dir).toString(),
                () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("expected.properties"))) {
            expected.load(reader);
        }
        RunResult result = sandbox.run(request(dir, expected));
        String described = dir.getFileName() + " gave " + result.verdict() + " \"" + result.message() + "\" tests "
                + result.tests() + " compile " + result.compileOutput() + " stdout " + result.stdout() + " stderr "
                + result.stderr();
        assertThat(result.verdict().name()).as(described).isEqualTo(expected.getProperty("verdict"));
        if (expected.containsKey("passed")) {
            assertThat(result.passedCount()).as(described).isEqualTo(Long.parseLong(expected.getProperty("passed")));
        }
        if (expected.containsKey("tests")) {
            assertThat(result.tests()).as(described).hasSize(Integer.parseInt(expected.getProperty("tests")));
        }
        if (expected.containsKey("stdout.contains")) {
            assertThat(result.stdout().text()).as(described).contains(expected.getProperty("stdout.contains"));
        }
        if (expected.containsKey("message.contains")) {
            assertThat(result.message() + result.compileOutput() + result.tests())
                    .as(described).contains(expected.getProperty("message.contains"));
        }
        assertThat(sandbox.leftovers()).as("host after " + dir.getFileName()).isEmpty();
    }

    private static RunRequest request(Path dir, Properties expected) throws IOException {
        Limits limits = Limits.defaults()
                .withCpuTime(Duration.ofMillis((long) (1000 * Double.parseDouble(expected.getProperty("cpu.seconds", "5")))))
                .withWallTime(Duration.ofMillis((long) (1000 * Double.parseDouble(expected.getProperty("wall.seconds", "10")))));
        String stdin = Files.exists(dir.resolve("stdin")) ? Files.readString(dir.resolve("stdin")) : "";
        return new RunRequest(dir.getParent().getFileName().toString(), files(dir.resolve("files")),
                expected.getProperty("entry", ""), stdin, tests(dir, expected), limits, RunOptions.NONE);
    }

    private static Tests tests(Path dir, Properties expected) throws IOException {
        if (Files.isDirectory(dir.resolve("tests"))) {
            return new Tests.Unit(files(dir.resolve("tests")).stream()
                    .map(f -> new SourceFile("tests/" + f.path(), f.content())).toList());
        }
        if (Files.isDirectory(dir.resolve("io"))) {
            List<IoTest> cases = new ArrayList<>();
            for (SourceFile input : files(dir.resolve("io"))) {
                if (input.path().endsWith(".in")) {
                    String name = input.path().substring(0, input.path().length() - 3);
                    cases.add(new IoTest(name, input.text(), Files.readString(dir.resolve("io").resolve(name + ".out")),
                            IoTest.Comparison.valueOf(expected.getProperty("compare", "TRAILING_WHITESPACE")),
                            Double.parseDouble(expected.getProperty("tolerance", "0"))));
                }
            }
            return new Tests.InputOutput(cases);
        }
        return new Tests.None();
    }

    private static List<SourceFile> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new SourceFile(dir.relativize(path).toString(), Files.readAllBytes(path)));
            }
            return files;
        }
    }
}
