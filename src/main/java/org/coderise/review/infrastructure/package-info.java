/**
 * Review's persistence (JPA, with the claim as one conditional UPDATE), the comment renderer, its settings, and one
 * adapter per other context behind the application's ports.
 */
package org.coderise.review.infrastructure;
