package org.coderise.sandbox.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coderise.sandbox.api.InvalidRunRequestException;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;
import org.coderise.sandbox.language.Language;

/** Refuses malformed requests before anything is laid out or run; each message names the problem for a person. */
final class RequestValidator {
    /** Plain names: letters, digits, dot, dash, underscore; no hidden files (the sandbox's own start with a dot). */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}");
    private final Map<String, Language> languages;
    private final long maxSubmissionBytes;
    private final int maxFiles;

    RequestValidator(Map<String, Language> languages, long maxSubmissionBytes, int maxFiles) {
        this.languages = languages;
        this.maxSubmissionBytes = maxSubmissionBytes;
        this.maxFiles = maxFiles;
    }

    /** Returns the request's language, or throws {@link InvalidRunRequestException} naming what is wrong. */
    Language validate(RunRequest request) {
        Language language = languages.get(request.language());
        if (language == null) {
            throw new InvalidRunRequestException("Unknown language '" + request.language() + "'; this sandbox runs "
                    + String.join(", ", languages.keySet().stream().sorted().toList()) + ".");
        }
        if (request.files().isEmpty() || request.files().stream().allMatch(f -> f.size() == 0)) {
            throw new InvalidRunRequestException("The submission is empty: there is no code to run.");
        }
        List<SourceFile> testFiles = request.tests() instanceof Tests.Unit unit ? unit.testFiles() : List.of();
        List<SourceFile> all = Stream.concat(request.files().stream(), testFiles.stream()).toList();
        if (all.size() > maxFiles) {
            throw new InvalidRunRequestException("Too many files: " + all.size() + " (at most " + maxFiles + ").");
        }
        long total = all.stream().mapToLong(SourceFile::size).sum()
                + request.stdin().length() + ioBytes(request.tests());
        if (total > maxSubmissionBytes) {
            throw new InvalidRunRequestException("The submission is too large: " + total / 1024 + " KB (at most "
                    + maxSubmissionBytes / 1024 + " KB).");
        }
        request.files().forEach(file -> checkPath(file.path()));
        testFiles.forEach(file -> checkPath(file.path()));
        checkUnique(request.files().stream().map(SourceFile::path).toList(), testFiles);
        String entry = entryPoint(request, language);
        if (request.files().stream().noneMatch(f -> f.path().equals(entry))) {
            throw new InvalidRunRequestException("The entry file '" + entry + "' is not in the submission.");
        }
        checkText(all, extensionOf(entry));
        language.refuse(request.options()).ifPresent(reason -> {
            throw new InvalidRunRequestException(reason);
        });
        return language;
    }

    /** Source files must be text: binary junk would only produce a confusing compiler or interpreter error. */
    private static void checkText(List<SourceFile> files, String sourceExtension) {
        for (SourceFile file : files) {
            if (file.path().endsWith(sourceExtension) && !isText(file.content())) {
                throw new InvalidRunRequestException("The file '" + file.path()
                        + "' is not text (it is not valid UTF-8 or contains NUL bytes).");
            }
        }
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf('\u0000') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extensionOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot);
    }

    static String entryPoint(RunRequest request, Language language) {
        return request.entryPoint().isBlank() ? language.info().defaultEntryPoint() : request.entryPoint();
    }

    private static long ioBytes(Tests tests) {
        return tests instanceof Tests.InputOutput io
                ? io.cases().stream().mapToLong(c -> c.stdin().length() + c.expectedStdout().length()).sum() : 0;
    }

    static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.length() > 255) {
            throw new InvalidRunRequestException("Unsafe file name '" + printable(path)
                    + "': use a relative path such as main.py or lib/util.py.");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                throw new InvalidRunRequestException("Unsafe file name '" + printable(path)
                        + "': names use letters, digits, '.', '-' and '_', with no '..' and no leading dot.");
            }
        }
    }

    /** Test files are laid out by file name next to the learner's files, so names must not collide there either. */
    private static void checkUnique(List<String> learnerPaths, List<SourceFile> testFiles) {
        Set<String> seen = new HashSet<>();
        for (String path : learnerPaths) {
            if (!seen.add(path)) {
                throw new InvalidRunRequestException("The file '" + path + "' appears twice.");
            }
        }
        for (SourceFile test : testFiles) {
            if (!seen.add(Layout.testFileName(test))) {
                throw new InvalidRunRequestException("The test file '" + test.path()
                        + "' has the same name as another file.");
            }
        }
    }

    private static String printable(String path) {
        String shown = path.length() > 60 ? path.substring(0, 60) + "…" : path;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
