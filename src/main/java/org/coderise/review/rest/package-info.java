/**
 * Review's REST API under {@code /api/v1/reviews}: the mentor queue and review work, the learner's side
 * (asking, reading, replying, reporting, notifications), turnaround figures and the admins' moderation and audit.
 * Errors are RFC 9457 problems with the {@code review-…} types of the domain exceptions.
 */
package org.coderise.review.rest;
