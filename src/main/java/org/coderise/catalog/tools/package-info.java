/**
 * Command-line tools for course authors, run through Maven (CONTRIBUTING.md): validating {@code courses/} with the
 * same reader the server imports with, plus the sandbox checks of every exercise.
 */
package org.coderise.catalog.tools;
