/**
 * Backing beans of identity's pages: sign-in and out, registration, profile, the role-aware home and the admin pages
 * for users, partners and cohorts. Business errors become translated page messages in {@link PageMessages}.
 */
package org.coderise.identity.web;
