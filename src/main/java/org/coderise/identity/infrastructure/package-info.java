/**
 * How identity meets the platform: JPA repositories, PBKDF2 hashing, the Jakarta Security identity store and the
 * authentication mechanism (session for pages, bearer tokens for the API), metrics and demo accounts.
 */
package org.coderise.identity.infrastructure;
