package org.coderise.grading.application;

/** Internal: a submission was queued; fired so this node's idle workers wake at once after the commit. */
public record SubmissionQueued(long submissionId) {
}
