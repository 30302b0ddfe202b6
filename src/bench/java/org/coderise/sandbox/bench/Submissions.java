package org.coderise.sandbox.bench;

import java.util.List;
import org.coderise.sandbox.api.SourceFile;

/** The small programs the benchmark runs: a hello world and a function with a few unit tests, per language. */
record Submissions(String language, List<SourceFile> program, List<SourceFile> unitTests) {

    static List<Submissions> all() {
        return List.of(python(), javascript(), java(), c());
    }

    private static Submissions python() {
        return new Submissions("python",
                List.of(SourceFile.text("main.py", "def total(count, price):\n    return count * price\n\n\n"
                        + "if __name__ == \"__main__\":\n    print(\"hello\")\n")),
                List.of(SourceFile.text("tests/test_main.py", "import unittest\n\nfrom main import total\n\n\n"
                        + "class TotalTest(unittest.TestCase):\n" + asserts("    def test_%d(self):\n"
                        + "        self.assertEqual(total(%d, 4), %d, \"expected %d\")\n"))));
    }

    private static Submissions javascript() {
        return new Submissions("javascript",
                List.of(SourceFile.text("main.js", "function total(count, price) {\n  return count * price;\n}\n"
                        + "if (require.main === module) console.log('hello');\nmodule.exports = { total };\n")),
                List.of(SourceFile.text("tests/main.test.js", "const test = require('node:test');\n"
                        + "const assert = require('node:assert/strict');\nconst { total } = require('./main.js');\n"
                        + asserts("test('total %d', () => assert.equal(total(%d, 4), %d, 'expected %d'));\n"))));
    }

    private static Submissions java() {
        return new Submissions("java",
                List.of(SourceFile.text("Main.java", "public class Main {\n    static int total(int count, int price) "
                        + "{\n        return count * price;\n    }\n\n    public static void main(String[] args) {\n"
                        + "        System.out.println(\"hello\");\n    }\n}\n")),
                List.of(SourceFile.text("tests/MainTest.java", "import static org.junit.jupiter.api.Assertions.*;\n"
                        + "import org.junit.jupiter.api.Test;\n\nclass MainTest {\n"
                        + asserts("    @Test\n    void total%1$d() {\n"
                        + "        assertEquals(%3$d, Main.total(%2$d, 4), \"expected %4$d\");\n    }\n") + "}\n")));
    }

    private static Submissions c() {
        return new Submissions("c",
                List.of(SourceFile.text("main.c", "#include <stdio.h>\n\nint total(int count, int price) {\n"
                        + "    return count * price;\n}\n\nint main(void) {\n    puts(\"hello\");\n    return 0;\n}\n")),
                List.of(SourceFile.text("tests/test_main.c", "#include \"coderise_test.h\"\n\n"
                        + "int total(int count, int price);\n\n"
                        + asserts("TEST(total_%1$d) { CHECK_EQ_INT(%3$d, total(%2$d, 4), \"expected %4$d\"); }\n"))));
    }

    /** Ten tests from a template taking (index, count, expected total, expected total). */
    private static String asserts(String template) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            out.append(String.format(template, i, i, i * 4, i * 4)).append('\n');
        }
        return out.toString();
    }
}
