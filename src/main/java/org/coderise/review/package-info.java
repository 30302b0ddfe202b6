/**
 * Mentor review: a queue of submissions from a mentor's cohorts that need a person, claims that expire, comments
 * anchored to lines, decisions that tell learning whether a capstone is done, notifications and turnaround figures.
 */
package org.coderise.review;
