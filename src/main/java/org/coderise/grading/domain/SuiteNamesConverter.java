package org.coderise.grading.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores the names of hidden test files or cases as one newline-separated column (names never contain newlines). */
@Converter
public class SuiteNamesConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> names) {
        return String.join("\n", new TreeSet<>(names));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? Set.of()
                : Arrays.stream(column.split("\n")).collect(Collectors.toUnmodifiableSet());
    }
}
