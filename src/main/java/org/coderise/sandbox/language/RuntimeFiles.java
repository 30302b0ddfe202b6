package org.coderise.sandbox.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** Copies harness resources from the classpath into the runtime directory, and reads host facts at start-up. */
final class RuntimeFiles {
    private RuntimeFiles() {
    }

    static void install(Path runtimeDir, String language, List<String> names) {
        for (String name : names) {
            String resource = "/org/coderise/sandbox/language/" + language + "/" + name;
            try (InputStream in = RuntimeFiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing harness resource " + resource);
                }
                Path target = runtimeDir.resolve(language).resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install " + resource, e);
            }
        }
    }

    /** The first line a trusted host tool prints (e.g. {@code python3 --version}), or "unknown". */
    static String versionOf(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().clear();
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readNBytes(4096)).trim();
            process.waitFor();
            return Optional.of(output.lines().findFirst().orElse("")).filter(s -> !s.isBlank()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static String lastLine(String text) {
        return text.strip().lines().reduce((first, second) -> second).orElse("");
    }
}
