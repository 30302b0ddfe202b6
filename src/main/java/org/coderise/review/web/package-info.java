/**
 * Review's pages: the mentor queue, the review page, the turnaround dashboard, the notification bell and list, the
 * learner's comments include for the exercise page, and the admins' queue of reported comments.
 */
package org.coderise.review.web;
