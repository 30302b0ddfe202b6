package org.coderise.grading.api;

/** One file of a submission as the learner sent it. */
public record SubmittedCode(String path, String content) {
}
