/** Grading's pages: the grader status panel for administrators. */
package org.coderise.grading.web;
