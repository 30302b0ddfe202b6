/**
 * Review's use cases (transactions, authorisation, validation, audit) and the narrow ports through which it reaches
 * the other contexts: {@link org.coderise.review.application.People} (identity),
 * {@link org.coderise.review.application.Submissions} (grading), {@link org.coderise.review.application.Exercises}
 * (catalog) and {@link org.coderise.review.application.Completion} (learning).
 */
package org.coderise.review.application;
