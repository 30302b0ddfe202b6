package org.coderise.sandbox.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coderise.sandbox.engine.BubblewrapEngine;

/**
 * A class-data sharing archive of javac's own classes, made once at start-up by compiling a trivial class on the
 * host (no learner code). It takes a cold javac from 400–650 ms to about 300 ms (SANDBOX.md).
 */
final class JavacArchive {
    private static final System.Logger LOG = System.getLogger(JavacArchive.class.getName());
    private static final String NAME = "javac.jsa";
    private Optional<String> flag = Optional.empty();

    void create(Path dir) {
        try {
            Path work = Files.createTempDirectory("coderise-javac-archive");
            Path source = Files.writeString(work.resolve("Hello.java"),
                    "import java.util.*; public class Hello { public static void main(String[] a) {"
                            + " List<String> l = new ArrayList<>(); System.out.println(l); } }");
            Files.deleteIfExists(dir.resolve(NAME));
            ProcessBuilder builder = new ProcessBuilder(JavaLanguage.JDK + "/bin/javac",
                    "-J-XX:ArchiveClassesAtExit=" + dir.resolve(NAME), "-J-XX:+UseSerialGC",
                    "-J-XX:TieredStopAtLevel=1", "-J-Xshare:auto", "-J-XX:-UsePerfData", "-J-Xmx256m",
                    "-proc:none", "-d", work.toString(), source.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            Process process = builder.start();
            if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.exists(dir.resolve(NAME))) {
                dir.resolve(NAME).toFile().setReadable(true, false);
                flag = Optional.of("-XX:SharedArchiveFile=" + BubblewrapEngine.runtimeMount() + "/java/" + NAME);
            }
            deleteQuietly(work);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "No javac class-data archive; Java compiles will be slower", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Optional<String> flag() {
        return flag;
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
