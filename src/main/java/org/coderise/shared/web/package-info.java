/** Backing beans of the page template every context shares: language choice, navigation, error pages. */
package org.coderise.shared.web;
