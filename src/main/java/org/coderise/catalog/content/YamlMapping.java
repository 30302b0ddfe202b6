package org.coderise.catalog.content;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as composed nodes, so every value keeps its line: typed accessors report missing keys, wrong
 * types and unknown keys to {@link Problems} as {@code file:line: message} and return empty instead of throwing.
 */
final class YamlMapping {
    private final String file;
    private final int lineOffset;
    private final Node node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(String file, int lineOffset, MappingNode node, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problems.error(file, line(tuple.getKeyNode()), "keys must be plain names");
            } else if (entries.containsKey(key)) {
                problems.error(file, line(tuple.getKeyNode()), "duplicate key '" + key + "' (first on line "
                        + line(entries.get(key).getKeyNode()) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /**
     * Parses one YAML document that must be a mapping.
     *
     * @param lineOffset lines before the text in its file (front matter starts after the {@code ---} line)
     * @return empty, with the problem recorded, when the text is not valid YAML or not a mapping
     */
    static Optional<YamlMapping> parse(String text, String file, int lineOffset, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMapping(file, lineOffset, mapping, problems));
            }
            problems.error(file, lineOffset + (root == null ? 1 : root.getStartMark().getLine() + 1),
                    "expected a mapping of keys to values" + (root == null ? ", found an empty document" : ""));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.error(file, lineOffset + (mark == null ? 1 : mark.getLine() + 1),
                    "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            problems.error(file, lineOffset + 1, "invalid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    static Optional<YamlMapping> read(CourseFiles files, String relative, Problems problems, String referencedFrom,
            int referenceLine) {
        try {
            Optional<String> text = files.readText(relative);
            if (text.isEmpty()) {
                problems.error(referencedFrom, referenceLine, "missing file " + files.display(relative));
            }
            return text.flatMap(yaml -> parse(yaml, files.display(relative), 0, problems));
        } catch (IOException e) {
            problems.error(files.display(relative), 1, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    int line(Node child) {
        return lineOffset + child.getStartMark().getLine() + 1;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Reports every key outside {@code allowed}; a typo in an optional key must not pass silently. */
    void allowOnly(Set<String> allowed) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problems.error(file, line(tuple.getKeyNode()), "unknown key '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }

    Optional<String> text(String key) {
        return value(key).flatMap(value -> scalar(key, value));
    }

    String requiredText(String key) {
        Optional<String> text = text(key).filter(value -> !value.isBlank());
        if (text.isEmpty() && !has(key)) {
            problems.error(file, line(), "missing required key '" + key + "'");
        } else if (text.isEmpty()) {
            problems.error(file, line(key), "'" + key + "' must not be empty");
        }
        return text.orElse("");
    }

    Optional<Integer> integer(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                try {
                    return Optional.of(Integer.parseInt(scalar.getValue().replace("_", "")));
                } catch (NumberFormatException e) {
                    problems.error(file, line(value), "'" + key + "' is too large");
                    return Optional.empty();
                }
            }
            problems.error(file, line(value), "'" + key + "' must be a whole number");
            return Optional.empty();
        });
    }

    Optional<Double> number(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar
                    && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
                return Optional.of(Double.parseDouble(scalar.getValue().replace("_", "")));
            }
            problems.error(file, line(value), "'" + key + "' must be a number");
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return Optional.of(Set.of("true", "yes", "on").contains(scalar.getValue().toLowerCase()));
            }
            problems.error(file, line(value), "'" + key + "' must be true or false");
            return Optional.empty();
        });
    }

    Optional<YamlMapping> mapping(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof MappingNode mapping) {
                return Optional.of(new YamlMapping(file, lineOffset, mapping, problems));
            }
            problems.error(file, line(value), "'" + key + "' must be a mapping of keys to values");
            return Optional.empty();
        });
    }

    /** The entries of a nested mapping keyed by free names (e.g. locales), in file order. */
    Map<String, YamlMapping> mappingsByName(String key) {
        Map<String, YamlMapping> result = new LinkedHashMap<>();
        mapping(key).ifPresent(outer -> outer.entries.forEach((name, tuple) -> {
            if (tuple.getValueNode() instanceof MappingNode inner) {
                result.put(name, new YamlMapping(file, lineOffset, inner, problems));
            } else {
                problems.error(file, line(tuple.getValueNode()), "'" + name + "' must be a mapping of keys to values");
            }
        }));
        return result;
    }

    List<Node> sequence(String key) {
        return value(key).map(value -> {
            if (value instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            problems.error(file, line(value), "'" + key + "' must be a list");
            return List.<Node>of();
        }).orElse(List.of());
    }

    List<YamlMapping> mappings(String key) {
        List<YamlMapping> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMapping(file, lineOffset, mapping, problems));
            } else {
                problems.error(file, line(item), "each entry of '" + key + "' must be a mapping of keys to values");
            }
        }
        return result;
    }

    /** Texts of a list of scalars, each with its line. */
    List<Located<String>> texts(String key) {
        List<Located<String>> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            scalar(key, item).ifPresent(text -> result.add(new Located<>(text, line(item))));
        }
        return result;
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<String> scalar(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.error(file, line(value), value instanceof MappingNode
                ? "'" + key + "' must be text, but YAML reads it as a mapping: text with ': ' in it needs quotes"
                : "'" + key + "' must be a single value, not a list");
        return Optional.empty();
    }

    /** A value with the line it came from. */
    record Located<T>(T value, int line) {
    }
}
