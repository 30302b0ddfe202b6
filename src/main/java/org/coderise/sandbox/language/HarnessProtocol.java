package org.coderise.sandbox.language;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.TestResult;

/**
 * Parses the line protocol the Python, JavaScript and C harnesses print: {@code @@coderise@@} followed by
 * tab-separated fields with backslash, tab, CR and LF escaped. {@code TEST status file name millis message output},
 * {@code COMPILE message}, {@code DONE}. The harness files print it too: change both sides together.
 */
public final class HarnessProtocol {
    static final String MARK = "@@coderise@@";

    private HarnessProtocol() {
    }

    public static UnitReport parse(String stdout) {
        List<TestResult> tests = new ArrayList<>();
        Optional<String> compileError = Optional.empty();
        boolean done = false;
        StringBuilder other = new StringBuilder();
        for (String line : stdout.split("\n", -1)) {
            int at = line.indexOf(MARK);
            if (at < 0) {
                other.append(line).append('\n');
                continue;
            }
            other.append(line, 0, at);
            List<String> fields = fields(line.substring(at + MARK.length()));
            switch (fields.get(0)) {
                case "TEST" -> test(fields).ifPresent(tests::add);
                case "COMPILE" -> compileError = Optional.of(fields.size() > 1 ? fields.get(1) : "");
                case "DONE" -> done = true;
                default -> other.append(line).append('\n');
            }
        }
        return new UnitReport(tests, compileError, done, other.toString().strip());
    }

    private static Optional<TestResult> test(List<String> fields) {
        if (fields.size() < 7) {
            return Optional.empty();
        }
        TestResult.Status status;
        try {
            status = TestResult.Status.valueOf(fields.get(1));
        } catch (IllegalArgumentException forged) {
            return Optional.empty();
        }
        return Optional.of(new TestResult(fields.get(3), fields.get(2), status, fields.get(5), fields.get(6),
                Duration.ofMillis(parseMillis(fields.get(4)))));
    }

    private static long parseMillis(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
