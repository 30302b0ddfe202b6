/**
 * Grading's use cases: accepting a submission under back-pressure, grading a claimed one with the sandbox, playground
 * runs; and the ports they need (the exercise catalog, the sandbox).
 */
package org.coderise.grading.application;
