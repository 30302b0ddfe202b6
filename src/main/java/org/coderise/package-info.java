/**
 * CodeRise: a learning management system for teaching programming at scale. One package per bounded context
 * (identity, catalog, learning, grading, sandbox, review, metrics) plus {@code shared}, the small kernel they all use.
 */
package org.coderise;
