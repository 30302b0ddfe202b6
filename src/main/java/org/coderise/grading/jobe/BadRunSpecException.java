package org.coderise.grading.jobe;

/** The client's run spec or file upload is malformed (Jobe answers 400 with the message as a JSON string). */
class BadRunSpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRunSpecException(String message) {
        super(message);
    }
}
