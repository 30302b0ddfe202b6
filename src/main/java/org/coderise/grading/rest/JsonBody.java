package org.coderise.grading.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.coderise.grading.domain.InvalidSubmissionException;
import org.coderise.grading.domain.SubmissionTooLargeException;
import org.coderise.grading.domain.SubmittedFile;
import org.coderise.grading.domain.SubmittedFiles;

/**
 * Reads a JSON request body with a byte cap (chunked bodies included) and the submission fields shared by
 * submissions and runs: either {@code "files": [{"path", "content"}]} or a single {@code "source"} for the entry file.
 */
final class JsonBody {
    /** The files' cap plus room for JSON escaping. */
    static final int MAX_BYTES = 2 * SubmittedFiles.MAX_BYTES;

    private JsonBody() {
    }

    /**
     * @throws SubmissionTooLargeException when the body exceeds {@link #MAX_BYTES}
     * @throws InvalidSubmissionException when it is not a JSON object
     */
    static JsonObject read(InputStream body) {
        String text = new String(readCapped(body), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new InvalidSubmissionException("The body is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidSubmissionException("The body must be a JSON object.");
        }
    }

    private static byte[] readCapped(InputStream body) {
        try {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = body.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new SubmissionTooLargeException("The request is too large: at most " + MAX_BYTES / 1024 + " KB.",
                            MAX_BYTES / 1024 + " KB");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a submission or run; {@code entryPoint} names a lone {@code source}. */
    static SubmittedFiles files(JsonObject body, String entryPoint) {
        if (body.containsKey("source")) {
            return new SubmittedFiles(List.of(new SubmittedFile(entryPoint, text(body, "source"))));
        }
        JsonValue files = body.get("files");
        if (files == null || files.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidSubmissionException("Send \"files\": [{\"path\": …, \"content\": …}] or \"source\".");
        }
        var list = new ArrayList<SubmittedFile>();
        for (JsonValue file : files.asJsonArray()) {
            if (list.size() >= SubmittedFiles.MAX_FILES) {
                throw new SubmissionTooLargeException("Too many files: at most " + SubmittedFiles.MAX_FILES + ".",
                        SubmittedFiles.MAX_FILES + " files");
            }
            if (file.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidSubmissionException("Each file is an object with \"path\" and \"content\".");
            }
            list.add(new SubmittedFile(text(file.asJsonObject(), "path"), text(file.asJsonObject(), "content")));
        }
        return new SubmittedFiles(list);
    }

    /** A required string field. */
    static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (!(value instanceof JsonString string)) {
            throw new InvalidSubmissionException("\"" + name + "\" must be a string.");
        }
        return string.getString();
    }

    /** An optional string field. */
    static String optionalText(JsonObject body, String name, String fallback) {
        return body.containsKey(name) && !body.isNull(name) ? text(body, name) : fallback;
    }
}
