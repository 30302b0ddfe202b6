/**
 * Catalog use cases: importing {@code courses/} at start-up and on demand (idempotent, versioned, one transaction
 * per course), and answering other contexts through the {@link org.coderise.catalog.api.Catalog} facade.
 */
package org.coderise.catalog.application;
