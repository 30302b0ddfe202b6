/** Database wiring (data source, schema migrations) and other technical plumbing shared by all contexts. */
package org.coderise.shared.infrastructure;
