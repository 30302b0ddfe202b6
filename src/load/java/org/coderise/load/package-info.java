/**
 * The load test: Gatling simulations of learners against a running CodeRise (one node or the local topology behind
 * nginx), and the account set-up they need. Test sources of the {@code load} profile, never in the WAR.
 */
package org.coderise.load;
