package org.coderise.grading.jobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.coderise.sandbox.api.SourceFile;
import org.junit.jupiter.api.Test;

class RunSpecMapperTest {
    private static final Map<String, byte[]> CACHE = Map.of("abcdef1234", "1 2 3".getBytes(StandardCharsets.UTF_8));

    @Test
    void mapsJobeLanguageIdsToSandboxLanguagesWithJobeFileNames() {
        assertThat(map("{'run_spec': {'language_id': 'python3', 'sourcecode': 'print(1)'}}").request())
                .satisfies(r -> {
                    assertThat(r.language()).isEqualTo("python");
                    assertThat(r.entryPoint()).isEqualTo("prog.py");
                });
        assertThat(map("{'run_spec': {'language_id': 'nodejs', 'sourcecode': ''}}").request().language())
                .isEqualTo("javascript");
        assertThat(map("{'run_spec': {'language_id': 'c', 'sourcecode': ''}}").request().entryPoint())
                .isEqualTo("prog.c");
    }

    @Test
    void namesAJavaFileAfterItsPublicClassLikeJobe() {
        var request = map("{'run_spec': {'language_id': 'java', 'sourcecode':"
                + " 'import java.util.*; public final class Hello { public static void main(String[] a) {} }'}}")
                .request();

        assertThat(request.entryPoint()).isEqualTo("Hello.java");
        assertThat(request.files()).extracting(SourceFile::path).containsExactly("Hello.java");
    }

    @Test
    void keepsTheClientsFileNameInputAndCachedFiles() {
        var request = map("{'run_spec': {'language_id': 'python3', 'sourcecode': 'print(input())',"
                + " 'sourcefilename': 'answer.py', 'input': 'hi\\n', 'file_list': [['abcdef1234', 'data.txt']]}}")
                .request();

        assertThat(request.entryPoint()).isEqualTo("answer.py");
        assertThat(request.stdin()).isEqualTo("hi\n");
        assertThat(request.files()).extracting(SourceFile::path).containsExactly("answer.py", "data.txt");
        assertThat(request.files().get(1).text()).isEqualTo("1 2 3");
    }

    @Test
    void mapsParametersToLimitsAndSplitsArgumentsLikeJobesCommandLine() {
        var request = map("{'run_spec': {'language_id': 'c', 'sourcecode': 'int main(){}', 'parameters': {"
                + "'cputime': 2, 'memorylimit': 64, 'numprocs': 5, 'compileargs': ['-Wall', '-x c'],"
                + " 'linkargs': ['-lm'], 'runargs': ['one two'], 'interpreterargs': []}}}").request();

        assertThat(request.limits().cpuTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(request.limits().wallTime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(request.limits().memoryBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(request.limits().processes()).isEqualTo(5);
        assertThat(request.options().compileArgs()).containsExactly("-Wall", "-x", "c");
        assertThat(request.options().linkArgs()).containsExactly("-lm");
        assertThat(request.options().programArgs()).containsExactly("one", "two");
        assertThat(request.options().interpreterArgs()).isEmpty();
    }

    @Test
    void aMemoryLimitOfZeroKeepsTheDefault() {
        var request = map("{'run_spec': {'language_id': 'nodejs', 'sourcecode': '', 'parameters': {'memorylimit': 0}}}")
                .request();

        assertThat(request.limits().memoryBytes()).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void refusesUnknownLanguagesMissingSourceAndUnsafeNames() {
        assertThatThrownBy(() -> map("{'run_spec': {'language_id': 'cobol', 'sourcecode': ''}}"))
                .isInstanceOf(BadRunSpecException.class);
        assertThatThrownBy(() -> map("{'run_spec': {'language_id': 'python3'}}"))
                .isInstanceOf(BadRunSpecException.class);
        assertThatThrownBy(() -> map("{'run_spec': {'language_id': 'python3', 'sourcecode': '',"
                + " 'sourcefilename': '../etc/passwd'}}")).isInstanceOf(BadRunSpecException.class);
        assertThatThrownBy(() -> map("{'language_id': 'python3'}")).isInstanceOf(BadRunSpecException.class);
    }

    @Test
    void anUncachedFileIsReportedSoTheClientUploadsIt() {
        assertThatThrownBy(() -> map("{'run_spec': {'language_id': 'python3', 'sourcecode': '',"
                + " 'file_list': [['zzzzzzzz99', 'x.txt']]}}")).isInstanceOf(UnknownFileException.class);
        assertThatThrownBy(() -> map("{'run_spec': {'language_id': 'python3', 'sourcecode': '',"
                + " 'file_list': [['short', 'x.txt']]}}")).isInstanceOf(BadRunSpecException.class);
    }

    private static RunSpecMapper.Mapped map(String json) {
        JsonObject body = Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
        return RunSpecMapper.map(body, id -> {
            byte[] content = CACHE.get(id);
            if (content == null) {
                throw new UnknownFileException(id);
            }
            return content;
        });
    }
}
