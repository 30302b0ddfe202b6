package org.coderise.grading.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/**
 * Stores a submission's files as a JSON array of {@code {"path", "content"}} objects. A stored format: changing the
 * field names makes old submissions unreadable.
 */
@Converter
public class SubmittedFilesConverter implements AttributeConverter<SubmittedFiles, String> {

    @Override
    public String convertToDatabaseColumn(SubmittedFiles files) {
        var array = Json.createArrayBuilder();
        files.files().forEach(f -> array.add(Json.createObjectBuilder().add("path", f.path()).add("content", f.content())));
        return array.build().toString();
    }

    @Override
    public SubmittedFiles convertToEntityAttribute(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return new SubmittedFiles(reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .map(SubmittedFilesConverter::file)
                    .toList());
        }
    }

    private static SubmittedFile file(JsonObject o) {
        return new SubmittedFile(o.getString("path"), o.getString("content"));
    }
}
