/** The small domain kernel every context shares: the base of business exceptions that pages and REST report alike. */
package org.coderise.shared.domain;
