package org.coderise.learning.api;

import java.time.Instant;

/** A certificate was issued for a completed course; {@code verificationCode} is what /verify/{code} checks. */
public record CertificateIssued(long learnerId, String courseId, String verificationCode, Instant at) {
}
