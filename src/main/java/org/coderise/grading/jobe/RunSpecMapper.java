package org.coderise.grading.jobe;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;

/**
 * Turns a Jobe {@code run_spec} into a sandbox run. Parameters replace defaults one by one: {@code cputime} (s),
 * {@code memorylimit} (MB, 0 = the default), {@code numprocs}, {@code disklimit} and {@code streamsize} (MB); argument
 * lists {@code compileargs}, {@code linkargs}, {@code interpreterargs}, {@code runargs} are split on white space as
 * Jobe's shell command line does (CodeRunner sends {@code "-x c"} as one element). The sandbox may still lower limits
 * to its maxima.
 */
final class RunSpecMapper {
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9]{8,80}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,99}");
    private static final long MB = 1024L * 1024L;
    private static final int MAX_CPU_SECONDS = 50;

    private RunSpecMapper() {
    }

    /** A run spec and the sandbox language it maps to. */
    record Mapped(JobeLanguage language, RunRequest request) {
    }

    /**
     * @param files the cached file for an id
     * @throws BadRunSpecException when the spec is malformed or names an unknown language
     * @throws UnknownFileException when {@code file_list} names a file the cache does not hold
     */
    static Mapped map(JsonObject body, Function<String, byte[]> files) {
        JsonObject spec = object(body, "run_spec");
        String languageId = string(spec, "language_id", null);
        JobeLanguage language = JobeLanguage.byJobeId(languageId == null ? "" : languageId)
                .orElseThrow(() -> new BadRunSpecException("Unknown or missing language_id " + languageId));
        String source = string(spec, "sourcecode", null);
        if (source == null) {
            throw new BadRunSpecException("run_spec.sourcecode is required");
        }
        String fileName = string(spec, "sourcefilename", "");
        if (fileName.isBlank()) {
            fileName = language.sourceFileName(source);
        }
        checkFileName(fileName);
        var sources = new ArrayList<SourceFile>();
        sources.add(SourceFile.text(fileName, source));
        sources.addAll(fileList(spec, files));
        JsonObject parameters = spec.containsKey("parameters") ? object(spec, "parameters") : JsonValue.EMPTY_JSON_OBJECT;
        return new Mapped(language, new RunRequest(language.sandboxId, sources, fileName, string(spec, "input", ""),
                new Tests.None(), limits(parameters), options(parameters)));
    }

    private static List<SourceFile> fileList(JsonObject spec, Function<String, byte[]> files) {
        if (!spec.containsKey("file_list") || spec.isNull("file_list")) {
            return List.of();
        }
        var result = new ArrayList<SourceFile>();
        for (JsonValue entry : array(spec, "file_list")) {
            if (!(entry instanceof JsonArray pair) || pair.size() != 2 || !(pair.get(0) instanceof JsonString id)
                    || !(pair.get(1) instanceof JsonString name)) {
                throw new BadRunSpecException("file_list entries are [file_id, file_name] pairs");
            }
            checkFileId(id.getString());
            checkFileName(name.getString());
            result.add(new SourceFile(name.getString(), files.apply(id.getString())));
        }
        return result;
    }

    static void checkFileId(String id) {
        if (!FILE_ID.matcher(id).matches()) {
            throw new BadRunSpecException("File ids are 8 to 80 letters or digits: " + id);
        }
    }

    private static void checkFileName(String name) {
        if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new BadRunSpecException("Illegal file name " + name);
        }
    }

    static Limits limits(JsonObject p) {
        Limits limits = Limits.defaults();
        if (p.containsKey("cputime")) {
            long cpu = Math.min(MAX_CPU_SECONDS, Math.max(1, number(p, "cputime")));
            limits = limits.withCpuTime(Duration.ofSeconds(cpu)).withWallTime(Duration.ofSeconds(cpu * 2 + 1));
        }
        if (p.containsKey("memorylimit") && number(p, "memorylimit") > 0) {
            limits = limits.withMemoryBytes(number(p, "memorylimit") * MB);
        }
        if (p.containsKey("numprocs")) {
            limits = limits.withProcesses((int) Math.max(1, number(p, "numprocs")));
        }
        if (p.containsKey("disklimit")) {
            limits = limits.withFileBytes(Math.max(1, number(p, "disklimit")) * MB);
        }
        if (p.containsKey("streamsize")) {
            limits = limits.withOutputBytes(Math.max(1, number(p, "streamsize")) * MB);
        }
        return limits;
    }

    static RunOptions options(JsonObject p) {
        return new RunOptions(args(p, "compileargs"), args(p, "linkargs"), args(p, "interpreterargs"),
                args(p, "runargs"));
    }

    private static List<String> args(JsonObject p, String name) {
        if (!p.containsKey(name) || p.isNull(name)) {
            return List.of();
        }
        var args = new ArrayList<String>();
        for (JsonValue value : array(p, name)) {
            if (!(value instanceof JsonString arg)) {
                throw new BadRunSpecException("parameters." + name + " must be a list of strings");
            }
            Arrays.stream(arg.getString().trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(args::add);
        }
        return args;
    }

    private static long number(JsonObject p, String name) {
        JsonValue value = p.get(name);
        if (value instanceof JsonNumber n) {
            return Math.round(n.doubleValue());
        }
        if (value instanceof JsonString s) {
            try {
                return Math.round(Double.parseDouble(s.getString()));
            } catch (NumberFormatException e) {
                throw new BadRunSpecException("parameters." + name + " must be a number");
            }
        }
        throw new BadRunSpecException("parameters." + name + " must be a number");
    }

    private static JsonObject object(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonObject value)) {
            throw new BadRunSpecException(name + " must be a JSON object");
        }
        return value;
    }

    private static JsonArray array(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonArray value)) {
            throw new BadRunSpecException(name + " must be a list");
        }
        return value;
    }

    private static String string(JsonObject o, String name, String fallback) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonString s)) {
            throw new BadRunSpecException(name + " must be a string");
        }
        return s.getString();
    }
}
