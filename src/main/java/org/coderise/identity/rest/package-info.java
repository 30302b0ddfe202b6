/** Identity's REST resources under /api/v1: registration, API tokens, the caller's own account, role administration. */
package org.coderise.identity.rest;
