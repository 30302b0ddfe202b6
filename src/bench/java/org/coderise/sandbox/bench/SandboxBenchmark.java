package org.coderise.sandbox.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.SandboxSettings;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.api.Verdict;
import org.coderise.sandbox.application.SandboxService;
import org.coderise.sandbox.language.C;
import org.coderise.sandbox.language.JavaLanguage;
import org.coderise.sandbox.language.JavaScript;
import org.coderise.sandbox.language.Language;
import org.coderise.sandbox.language.Python;

/**
 * Measures the sandbox against the bare floor on this host and writes {@code target/bench/sandbox.md}. The machine
 * may be shared and noisy: read the figures as ratios measured in the same run.
 */
public final class SandboxBenchmark {
    private static final int WARMUP = 3;
    private final SandboxService sandbox;
    private final BareRunner bare;
    private final Map<String, Language> languages;
    private final StringBuilder report = new StringBuilder();

    private SandboxBenchmark(SandboxService sandbox, Path runtimeDir, Map<String, Language> languages) {
        this.sandbox = sandbox;
        this.bare = new BareRunner(runtimeDir);
        this.languages = languages;
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of("target/bench/sandbox").toAbsolutePath();
        try (SandboxService sandbox = SandboxService.start(SandboxSettings.defaults().withSlots(4).withBaseDir(base)
                .withFirstUid(65000))) {
            if (!sandbox.status().ready()) {
                throw new IllegalStateException("sandbox not ready: " + sandbox.status().problems());
            }
            Map<String, Language> languages = Map.of("python", new Python(), "javascript", new JavaScript(),
                    "java", new JavaLanguage(), "c", new C());
            languages.values().forEach(language -> language.install(base.resolve("runtime")));
            SandboxBenchmark benchmark = new SandboxBenchmark(sandbox, base.resolve("runtime"), languages);
            benchmark.overhead(Integer.getInteger("bench.runs", 20));
            benchmark.throughput(Integer.getInteger("bench.seconds", 8));
            Path out = Path.of("target/bench/sandbox.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, benchmark.report);
            System.out.println(benchmark.report);
        }
    }

    private void overhead(int runs) {
        line("# Sandbox benchmark");
        line("");
        line("Host: " + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + loadAverage() + "; "
                + String.join("; ", sandbox.status().protections().stream().map(p -> p.split(":")[0]).toList()));
        line("");
        line("## Per run (compile + run): median wall time and mean CPU time (ms) over " + runs
                + " runs (Java: a third), sandboxed vs the same commands bare");
        line("| language | kind | bare wall | sandboxed wall | overhead | bare CPU | sandboxed CPU |");
        line("|---|---|---|---|---|---|---|");
        for (Submissions submission : Submissions.all()) {
            Language language = languages.get(submission.language());
            int count = submission.language().equals("java") ? Math.max(5, runs / 3) : runs;
            for (boolean unit : List.of(false, true)) {
                double[] m = paired(count, () -> bare.run(language, submission, unit),
                        () -> timed(request(submission, unit)));
                line(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %+.1f | %.0f | %.0f |",
                        submission.language(), unit ? "10 unit tests" : "hello world", m[0], m[1], m[1] - m[0], m[2],
                        m[3]));
            }
        }
        line("");
    }

    private void throughput(int seconds) throws Exception {
        line("## Throughput: unit-tested submissions (10 tests) per second, " + seconds + " s per cell");
        line("| language | 1 worker | 2 workers | 4 workers |");
        line("|---|---|---|---|");
        for (Submissions submission : Submissions.all().subList(0, 3)) {
            StringBuilder row = new StringBuilder("| " + submission.language() + " |");
            for (int workers : List.of(1, 2, 4)) {
                row.append(String.format(Locale.ROOT, " %.1f |", runsPerSecond(request(submission, true), workers,
                        seconds)));
            }
            line(row.toString());
        }
    }

    private double runsPerSecond(RunRequest request, int workers, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            results.add(pool.submit(() -> {
                int done = 0;
                while (System.nanoTime() < end) {
                    check(sandbox.run(request));
                    done++;
                }
                return done;
            }));
        }
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / elapsed;
    }

    private long timed(RunRequest request) {
        long start = System.nanoTime();
        check(sandbox.run(request));
        return System.nanoTime() - start;
    }

    private static void check(RunResult result) {
        if (result.verdict() != Verdict.ACCEPTED) {
            throw new IllegalStateException("benchmark run not accepted: " + result);
        }
    }

    private static RunRequest request(Submissions submission, boolean unit) {
        return new RunRequest(submission.language(), submission.program(), "", "",
                unit ? new Tests.Unit(submission.unitTests()) : new Tests.None(), Limits.defaults(), RunOptions.NONE);
    }

    /**
     * Medians of bare and sandboxed wall times taken alternately, so a shared machine's drifting load hits both
     * alike, and the mean CPU time per run of each (from the children's CPU time the kernel adds to this JVM as it
     * reaps them: tini, bubblewrap and the program count, whatever the machine's load).
     */
    private static double[] paired(int runs, LongSupplier bare, LongSupplier sandboxed) {
        for (int i = 0; i < WARMUP; i++) {
            bare.getAsLong();
            sandboxed.getAsLong();
        }
        List<Long> bareSamples = new ArrayList<>();
        List<Long> sandboxedSamples = new ArrayList<>();
        long bareCpu = 0;
        long sandboxedCpu = 0;
        for (int i = 0; i < runs; i++) {
            long before = childrenCpuMillis();
            bareSamples.add(bare.getAsLong());
            long between = childrenCpuMillis();
            sandboxedSamples.add(sandboxed.getAsLong());
            bareCpu += between - before;
            sandboxedCpu += childrenCpuMillis() - between;
        }
        return new double[] {median(bareSamples), median(sandboxedSamples), (double) bareCpu / runs,
            (double) sandboxedCpu / runs};
    }

    /** cutime + cstime of /proc/self/stat, in milliseconds (the kernel counts in 10 ms ticks). */
    private static long childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static double median(List<Long> samples) {
        samples.sort(null);
        return samples.get(samples.size() / 2) / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
