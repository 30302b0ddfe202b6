/**
 * The one JAX-RS application of CodeRise (under {@code /api/v1}) and what every context's resources share: RFC 9457
 * problem documents for every error and role checks that answer 401 or 403.
 */
package org.coderise.shared.rest;
