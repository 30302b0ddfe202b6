/**
 * The sandbox's contract, the only part of it other contexts may use: {@link org.coderise.sandbox.api.Sandbox},
 * its request and result records and the verdicts. Their JSON forms (REST, stored results) are a contract too:
 * renaming a component breaks stored results and API clients.
 */
package org.coderise.sandbox.api;
