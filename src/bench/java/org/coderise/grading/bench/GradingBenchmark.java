package org.coderise.grading.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Grading's end-to-end figures against a running CodeRise (see the {@code bench} profile): POST → stored result
 * latency (median, p95) of small Python and Java submissions, sustained submissions per second, and Jobe hello-world
 * runs per second. Start the server with high per-learner limits, e.g.
 * {@code CODERISE_GRADING_LEARNER_IN_FLIGHT=100000 CODERISE_GRADING_LEARNER_PER_MINUTE=100000}.
 *
 * <p>System properties: {@code bench.url} (default http://localhost:8080/), {@code bench.email}/{@code bench.password}
 * (the demo learner), {@code bench.count} (200), {@code bench.clients} (16), {@code bench.jobe.seconds} (15),
 * {@code bench.python.exercise} and {@code bench.java.exercise} ({@code courseId/exerciseId}).
 */
public final class GradingBenchmark {
    private static final String PY_HELLO = "print('Hello, world!')\n";
    private static final String JAVA_HELLO = "public class Main { public static void main(String[] a) {"
            + " System.out.println(\"Hello, world!\"); } }\n";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final int count = Integer.getInteger("bench.count", 200);
    private final int clients = Integer.getInteger("bench.clients", 16);
    private String token;

    private GradingBenchmark(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        var bench = new GradingBenchmark(URI.create(System.getProperty("bench.url", "http://localhost:8080/")));
        bench.signIn(System.getProperty("bench.email", "learner@coderise.test"),
                System.getProperty("bench.password", "coderise-demo"));
        String python = System.getProperty("bench.python.exercise", "python-first-steps/say-hello");
        String pythonSource = System.getProperty("bench.python.source",
                "print(\"Hello, world!\")\nprint(\"I am learning Python.\")\n");
        String java = System.getProperty("bench.java.exercise", "");
        String javaSource = System.getProperty("bench.java.source", "");
        bench.latency("python", python, pythonSource);
        if (!java.isEmpty()) {
            bench.latency("java", java, javaSource.replace("\\n", "\n"));
        }
        bench.throughput("python", python, pythonSource);
        int seconds = Integer.getInteger("bench.jobe.seconds", 15);
        bench.jobe("python3", PY_HELLO, seconds);
        bench.jobe("java", JAVA_HELLO, seconds);
    }

    private void signIn(String email, String password) throws Exception {
        var body = Json.createObjectBuilder().add("email", email).add("password", password).add("name", "bench").build();
        var response = send(post("api/v1/auth/tokens", body.toString()));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + response.body());
        }
        token = json(response.body()).getString("token");
    }

    /** Only enrolled learners may submit: enrolls in the exercise's course (again changes nothing). */
    private void enrollFor(String exercise) throws Exception {
        String course = exercise.substring(0, exercise.indexOf('/'));
        var response = send(HttpRequest.newBuilder(base.resolve("api/v1/enrollments/" + course))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Enrolling in " + course + " failed: " + response.statusCode());
        }
    }

    /** One submission at a time: the time from POST to the stored result, by the server's own timestamps. */
    private void latency(String language, String exercise, String source) throws Exception {
        enrollFor(exercise);
        var stored = new ArrayList<Long>();
        var observed = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            JsonObject done = awaitGraded(submit(exercise, source));
            observed.add((System.nanoTime() - start) / 1_000_000);
            stored.add(Duration.between(LocalDateTime.parse(strip(done.getString("receivedAt"))),
                    LocalDateTime.parse(strip(done.getString("finishedAt")))).toMillis());
            if (i == 0) {
                System.out.println(language + " first result: " + done.getString("status") + " " + done.get("verdict"));
            }
        }
        System.out.printf("%s submission latency over %d: stored median %d ms, p95 %d ms; client-observed median %d ms,"
                + " p95 %d ms%n", language, count, percentile(stored, 50), percentile(stored, 95),
                percentile(observed, 50), percentile(observed, 95));
    }

    /** Submits {@code count} at once from {@code clients} threads and waits for every result. */
    private void throughput(String language, String exercise, String source) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        var ids = Collections.synchronizedList(new ArrayList<String>());
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> ids.add(submit(exercise, source))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long accepted = System.nanoTime();
        for (String id : ids) {
            awaitGraded(id);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s sustained: %d submissions accepted in %.1f s, all graded after %.1f s: %.1f submissions/s%n",
                language, count, (accepted - start) / 1e9, seconds, count / seconds);
    }

    /** Hello-world runs through the Jobe API: one client for the median, then {@code clients} back to back. */
    private void jobe(String language, String source, int seconds) throws Exception {
        String spec = Json.createObjectBuilder().add("run_spec", Json.createObjectBuilder()
                .add("language_id", language).add("sourcecode", source)).build().toString();
        var single = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            jobeRun(spec);
            single.add((System.nanoTime() - start) / 1_000_000);
        }
        var done = new AtomicInteger();
        var failed = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    (jobeRun(spec) ? done : failed).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("jobe %s: single client median %d ms; %d clients: %.1f runs/s (%d ok, %d not outcome 15)%n",
                language, percentile(single, 50), clients, done.get() / elapsed, done.get(), failed.get());
    }

    private boolean jobeRun(String spec) throws Exception {
        var response = send(HttpRequest.newBuilder(base.resolve("jobe/index.php/restapi/runs/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(spec)).build());
        return response.statusCode() == 200 && json(response.body()).getInt("outcome") == 15;
    }

    private String submit(String exercise, String source) throws Exception {
        String body = Json.createObjectBuilder().add("source", source).build().toString();
        var response = send(post("api/v1/exercises/" + exercise + "/submissions", body));
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Submit failed: " + response.statusCode() + " " + response.body());
        }
        return Long.toString(json(response.body()).getJsonNumber("id").longValue());
    }

    private JsonObject awaitGraded(String id) throws Exception {
        while (true) {
            var response = send(HttpRequest.newBuilder(base.resolve("api/v1/submissions/" + id))
                    .header("Authorization", "Bearer " + token).GET().build());
            JsonObject status = json(response.body());
            String state = status.getString("status");
            if (state.equals("GRADED") || state.equals("FAILED")) {
                return status;
            }
            Thread.sleep(5);
        }
    }

    private HttpRequest post(String path, String body) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String strip(String utc) {
        return utc.endsWith("Z") ? utc.substring(0, utc.length() - 1) : utc;
    }

    private static long percentile(List<Long> values, int percent) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
