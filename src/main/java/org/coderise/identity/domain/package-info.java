/**
 * The identity model: accounts with roles and consented demographics, partners and their cohorts, API tokens and
 * login throttles, with the rules they keep (password policy, email form, lock durations) and their repositories.
 */
package org.coderise.identity.domain;
