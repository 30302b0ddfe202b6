package org.coderise.sandbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.coderise.sandbox.api.CapturedOutput;

/**
 * Reads a program's output pipe up to a byte cap, then closes the pipe so the writer gets EPIPE instead of filling
 * the host's memory. This is the one place where untrusted output is truncated.
 */
final class CappedReader {
    private CappedReader() {
    }

    static CapturedOutput read(InputStream pipe, long cap) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean truncated = false;
        byte[] buffer = new byte[8192];
        try (pipe) {
            int n;
            while ((n = pipe.read(buffer)) > 0) {
                long room = cap - kept.size();
                if (n > room) {
                    kept.write(buffer, 0, (int) Math.max(room, 0));
                    truncated = true;
                    break;
                }
                kept.write(buffer, 0, n);
            }
        } catch (IOException closedUnderUs) {
            // The run was killed and its pipe torn down: what was read so far is the output.
        }
        return new CapturedOutput(decode(kept.toByteArray()), truncated);
    }

    /** UTF-8 with U+FFFD for invalid bytes, so binary junk never breaks a page or a JSON document. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString().replace("\u0000", "\uFFFD");
        } catch (java.nio.charset.CharacterCodingException impossibleWithReplace) {
            throw new IllegalStateException(impossibleWithReplace);
        }
    }
}
