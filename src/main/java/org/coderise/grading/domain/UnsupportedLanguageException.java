package org.coderise.grading.domain;

/** The sandbox does not run this language. Nothing was run or stored. */
public class UnsupportedLanguageException extends GradingException {
    private static final long serialVersionUID = 1L;

    public UnsupportedLanguageException(String message) {
        super("unsupported-language", 400, message);
    }

    @Override
    public String title() {
        return "Unsupported language";
    }
}
