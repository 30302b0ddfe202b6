/**
 * What other contexts may use of identity: role names, who is signed in, display names and cohorts by user id, and
 * the events {@link org.coderise.identity.api.LearnerRegistered} and {@link org.coderise.identity.api.AccountErased}.
 */
package org.coderise.identity.api;
