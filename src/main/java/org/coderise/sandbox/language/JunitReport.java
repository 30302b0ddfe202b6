package org.coderise.sandbox.language;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coderise.sandbox.api.TestResult;
import org.coderise.sandbox.engine.SlotSession;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the JUnit console launcher's XML report from the work dir. The file was written by a process running learner
 * code, so it is untrusted: no DTDs or external entities (XXE would read host files as root), no symlinks, size-capped.
 * Tests come back in file order and, within a class, in source order (JUnit's own order is a hash).
 */
final class JunitReport {
    private static final int MAX_REPORT_BYTES = 4 * 1024 * 1024;
    private static final int MAX_TEXT = 4000;

    private JunitReport() {
    }

    static UnitReport read(Program program, SlotSession session) {
        Optional<byte[]> xml = session.read(JavaLanguage.REPORTS + "/TEST-junit-jupiter.xml", MAX_REPORT_BYTES);
        if (xml.isEmpty()) {
            return new UnitReport(List.of(), Optional.empty(), false, "");
        }
        try {
            List<TestResult> tests = parse(xml.get(), program);
            List<String> sources = program.testFiles().stream()
                    .map(file -> session.read(file, MAX_REPORT_BYTES)
                            .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(""))
                    .toList();
            List<TestResult> ordered = new ArrayList<>(tests);
            ordered.sort(Comparator.comparingInt((TestResult t) -> program.testFiles().indexOf(t.suite()))
                    .thenComparingInt(t -> position(sources, program, t)));
            return new UnitReport(ordered, Optional.empty(), true, "");
        } catch (Exception malformed) {
            return new UnitReport(List.of(), Optional.empty(), false, "");
        }
    }

    private static int position(List<String> sources, Program program, TestResult test) {
        int file = program.testFiles().indexOf(test.suite());
        int at = file < 0 ? -1 : sources.get(file).indexOf(" " + test.name() + "(");
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static List<TestResult> parse(byte[] xml, Program program) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        NodeList cases = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                .getElementsByTagName("testcase");
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            String name = testcase.getAttribute("name").replaceFirst("\\(.*\\)$", "");
            String suite = suiteOf(testcase.getAttribute("classname"), program);
            tests.add(new TestResult(name, suite, status(testcase), message(testcase), text(testcase, "system-out"),
                    Duration.ofMillis(millis(testcase.getAttribute("time")))));
        }
        return tests;
    }

    private static String suiteOf(String className, Program program) {
        String file = className.replace('.', '/') + ".java";
        return program.testFiles().stream().filter(f -> f.equals(file) || f.endsWith("/" + file)).findFirst()
                .orElse(file);
    }

    private static TestResult.Status status(Element testcase) {
        if (testcase.getElementsByTagName("error").getLength() > 0) {
            return TestResult.Status.ERROR;
        }
        return testcase.getElementsByTagName("failure").getLength() > 0 ? TestResult.Status.FAIL
                : TestResult.Status.PASS;
    }

    private static String message(Element testcase) {
        for (String tag : List.of("failure", "error")) {
            NodeList problems = testcase.getElementsByTagName(tag);
            if (problems.getLength() > 0) {
                Element problem = (Element) problems.item(0);
                String message = problem.getAttribute("message");
                String type = problem.getAttribute("type");
                String detail = tag.equals("error") || message.isBlank()
                        ? firstLines(problem.getTextContent(), 6) : message;
                return cap(tag.equals("error") && !detail.startsWith(type) ? type + ": " + detail : detail);
            }
        }
        return "";
    }

    private static String text(Element testcase, String tag) {
        NodeList nodes = testcase.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : cap(nodes.item(0).getTextContent().strip());
    }

    private static String firstLines(String text, int count) {
        return String.join("\n", text.strip().lines().limit(count).toList());
    }

    private static String cap(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    private static long millis(String seconds) {
        try {
            return Math.round(Double.parseDouble(seconds) * 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
