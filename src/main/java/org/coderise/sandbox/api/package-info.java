/**
 * The sandbox's contract, the only part of it other contexts may use: {@link org.coderise.sandbox.api.Sandbox}
 * (from {@link org.coderise.sandbox.api.SandboxFactory} with {@link org.coderise.sandbox.api.SandboxSettings}), its
 * request and result records, the verdicts and their explanations (bundle {@code Verdicts}). Their JSON forms
 * (REST, stored results) are a contract too: renaming a component breaks stored results and API clients.
 */
package org.coderise.sandbox.api;
