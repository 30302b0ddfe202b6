/**
 * The review model: {@link org.coderise.review.domain.ReviewRequest} (the aggregate a mentor claims and decides),
 * its comments, reports, snippets, notifications and audit entries, and the pure rules (claims, turnaround, diff).
 */
package org.coderise.review.domain;
