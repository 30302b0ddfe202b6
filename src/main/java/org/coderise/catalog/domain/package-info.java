/**
 * The imported catalog: a {@link org.coderise.catalog.domain.Course} and its immutable
 * {@link org.coderise.catalog.domain.CourseVersion}s (modules, lessons, exercises with their files and tests), and
 * the record of every import attempt. Stable ids (course key, item key) are what the rest of CodeRise refers to.
 */
package org.coderise.catalog.domain;
