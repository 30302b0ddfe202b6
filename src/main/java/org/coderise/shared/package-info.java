/**
 * The shared kernel: what every context needs and no context owns (database wiring, clock, base exceptions, the
 * page template's backing beans). Keep it small: a concept that belongs to one context lives in that context.
 */
package org.coderise.shared;
