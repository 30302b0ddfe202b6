package org.coderise.sandbox.language;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The warm Java compiler: a {@code main} that runs inside a slot's companion jail (never in the server), reads one
 * tab-separated javac argument list per line and answers {@code <exit code> <length>\n} plus the diagnostics. With
 * {@code -proc:none} javac runs no code from the sources it compiles. A warm compile takes tens of milliseconds where
 * a cold javac takes 400–650 ms (SANDBOX.md). Kept to one class file: it is copied into the runtime directory.
 */
public final class JavacServer {
    private JavacServer() {
    }

    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        OutputStream responses = new FileOutputStream(FileDescriptor.out);
        String line;
        while ((line = requests.readLine()) != null) {
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int code;
            try {
                code = javac.run(null, diagnostics, diagnostics, line.split("\t"));
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.write(("the compiler failed: " + e).getBytes(StandardCharsets.UTF_8));
                code = 4;
            }
            byte[] text = diagnostics.toByteArray();
            responses.write((code + " " + text.length + "\n").getBytes(StandardCharsets.US_ASCII));
            responses.write(text);
            responses.flush();
        }
    }
}
