/**
 * The catalog: courses, modules, lessons and exercises, authored as files in {@code courses/}, validated, rendered
 * once and imported as versioned, immutable snapshots. Other contexts use only {@link org.coderise.catalog.api}.
 */
package org.coderise.catalog;
