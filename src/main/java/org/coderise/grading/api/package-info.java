/**
 * What other contexts may know of grading: the {@link org.coderise.grading.api.SubmissionGraded} event, fired after a
 * result is committed, and {@link org.coderise.grading.api.GradingFacade} for a submission's code and results (review).
 */
package org.coderise.grading.api;
