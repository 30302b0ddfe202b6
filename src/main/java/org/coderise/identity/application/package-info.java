/**
 * Identity use cases: registration, sign-in with throttling, API tokens, profile changes and erasure, and the admin
 * work on roles, partners and cohorts. Each public method is one transaction and validates its input.
 */
package org.coderise.identity.application;
