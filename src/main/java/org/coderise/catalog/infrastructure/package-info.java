/** JPA storage of the catalog: the course repository over the tables of the catalog migration. */
package org.coderise.catalog.infrastructure;
