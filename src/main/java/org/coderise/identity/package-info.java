/** Accounts, roles, login (pages and API tokens), partner organisations and cohorts, consented demographics. */
package org.coderise.identity;
