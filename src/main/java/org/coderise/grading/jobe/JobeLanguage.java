package org.coderise.grading.jobe;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jobe's language ids and the sandbox languages behind them, with Jobe's default source file names. For Java the
 * file is named after the public class, as Jobe does, because javac insists on it.
 */
enum JobeLanguage {
    PYTHON3("python3", "python", "prog.py"),
    NODEJS("nodejs", "javascript", "prog.js"),
    JAVA("java", "java", "Main.java"),
    C("c", "c", "prog.c");

    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+|abstract\\s+)*class\\s+(\\w+)");
    private static final Pattern ANY_CLASS = Pattern.compile("\\bclass\\s+(\\w+)");

    final String jobeId;
    final String sandboxId;
    private final String defaultFileName;

    JobeLanguage(String jobeId, String sandboxId, String defaultFileName) {
        this.jobeId = jobeId;
        this.sandboxId = sandboxId;
        this.defaultFileName = defaultFileName;
    }

    static Optional<JobeLanguage> byJobeId(String id) {
        return Arrays.stream(values()).filter(l -> l.jobeId.equals(id)).findFirst();
    }

    static Optional<JobeLanguage> bySandboxId(String id) {
        return Arrays.stream(values()).filter(l -> l.sandboxId.equals(id)).findFirst();
    }

    /** The file name the source is saved as when the client names none. */
    String sourceFileName(String source) {
        if (this != JAVA) {
            return defaultFileName;
        }
        var publicClass = PUBLIC_CLASS.matcher(source);
        if (publicClass.find()) {
            return publicClass.group(1) + ".java";
        }
        var anyClass = ANY_CLASS.matcher(source);
        return anyClass.find() ? anyClass.group(1) + ".java" : defaultFileName;
    }
}
