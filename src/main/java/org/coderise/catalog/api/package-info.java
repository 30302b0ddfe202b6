/**
 * What other contexts may use of the catalog: the {@link org.coderise.catalog.api.Catalog} facade and its records.
 * Everything is keyed by the stable ids authors write (course id, item id) and served from the current version;
 * no entity leaves the catalog, and reference solutions never do.
 */
package org.coderise.catalog.api;
