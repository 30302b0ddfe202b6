/**
 * The sandbox's use case: validate a run request, lend it a slot, compile, run the program or its tests, compare
 * output and decide the verdict. The only implementation of {@link org.coderise.sandbox.api.Sandbox}.
 */
package org.coderise.sandbox.application;
