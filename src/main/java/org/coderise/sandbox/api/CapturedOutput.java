package org.coderise.sandbox.api;

/**
 * Output read from the program through a capped pipe.
 *
 * @param text the output decoded as UTF-8, invalid bytes replaced with U+FFFD
 * @param truncated true when the program wrote more than the limit and the rest was dropped
 */
public record CapturedOutput(String text, boolean truncated) {
    public static final CapturedOutput EMPTY = new CapturedOutput("", false);

    public CapturedOutput {
        text = text == null ? "" : text;
    }
}
