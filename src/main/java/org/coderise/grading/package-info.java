/**
 * The life of a submission: accepted, queued in the database, claimed by a worker under a lease, run by the sandbox
 * against the exercise's tests and graded exactly once. Also serves playground runs and a Jobe-compatible API.
 */
package org.coderise.grading;
