package org.coderise.grading.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import org.coderise.sandbox.api.CapturedOutput;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.api.Verdict;

/**
 * The stored JSON form of a sandbox {@link RunResult} (column {@code grading_submission.result_json}). Durations are
 * whole milliseconds, absent optionals are {@code null}. A stored contract: renaming a field or changing a unit makes
 * every stored result unreadable; add fields, never rename them.
 */
public final class RunResultJson {
    private RunResultJson() {
    }

    public static String write(RunResult r) {
        var json = Json.createObjectBuilder()
                .add("verdict", r.verdict().name())
                .add("message", r.message())
                .add("compileOutput", r.compileOutput())
                .add("cpuTimeMillis", r.cpuTime().toMillis())
                .add("wallTimeMillis", r.wallTime().toMillis())
                .add("peakMemoryBytes", r.peakMemoryBytes())
                .add("stdout", output(r.stdout()))
                .add("stderr", output(r.stderr()))
                .add("limits", limits(r.limits()));
        r.exitCode().ifPresentOrElse(code -> json.add("exitCode", code), () -> json.addNull("exitCode"));
        r.signal().ifPresentOrElse(signal -> json.add("signal", signal), () -> json.addNull("signal"));
        var tests = Json.createArrayBuilder();
        r.tests().forEach(t -> tests.add(Json.createObjectBuilder()
                .add("name", t.name())
                .add("suite", t.suite() == null ? "" : t.suite())
                .add("status", t.status().name())
                .add("message", t.message())
                .add("output", t.output())
                .add("durationMillis", t.duration().toMillis())));
        return json.add("tests", tests).build().toString();
    }

    /** @throws jakarta.json.JsonException when the text is not a stored result */
    public static RunResult read(String text) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
        return new RunResult(
                Verdict.valueOf(o.getString("verdict")),
                o.getString("message", ""),
                o.getJsonArray("tests").stream().map(JsonValue::asJsonObject).map(RunResultJson::test).toList(),
                o.getString("compileOutput", ""),
                o.isNull("exitCode") ? Optional.empty() : Optional.of(o.getInt("exitCode")),
                o.isNull("signal") ? Optional.empty() : Optional.of(o.getString("signal")),
                millis(o, "cpuTimeMillis"),
                millis(o, "wallTimeMillis"),
                o.getJsonNumber("peakMemoryBytes").longValue(),
                output(o.getJsonObject("stdout")),
                output(o.getJsonObject("stderr")),
                limits(o.getJsonObject("limits")));
    }

    private static JsonObjectBuilder output(CapturedOutput output) {
        return Json.createObjectBuilder().add("text", output.text()).add("truncated", output.truncated());
    }

    private static CapturedOutput output(JsonObject o) {
        return new CapturedOutput(o.getString("text", ""), o.getBoolean("truncated", false));
    }

    private static JsonObjectBuilder limits(Limits l) {
        return Json.createObjectBuilder()
                .add("cpuTimeMillis", l.cpuTime().toMillis())
                .add("wallTimeMillis", l.wallTime().toMillis())
                .add("memoryBytes", l.memoryBytes())
                .add("processes", l.processes())
                .add("fileBytes", l.fileBytes())
                .add("outputBytes", l.outputBytes())
                .add("openFiles", l.openFiles());
    }

    private static Limits limits(JsonObject o) {
        return new Limits(millis(o, "cpuTimeMillis"), millis(o, "wallTimeMillis"),
                o.getJsonNumber("memoryBytes").longValue(), o.getInt("processes"),
                o.getJsonNumber("fileBytes").longValue(), o.getJsonNumber("outputBytes").longValue(),
                o.getInt("openFiles"));
    }

    private static TestResult test(JsonObject o) {
        return new TestResult(o.getString("name"), o.getString("suite", ""),
                TestResult.Status.valueOf(o.getString("status")), o.getString("message", ""),
                o.getString("output", ""), millis(o, "durationMillis"));
    }

    private static Duration millis(JsonObject o, String name) {
        return Duration.ofMillis(o.getJsonNumber(name).longValue());
    }
}
