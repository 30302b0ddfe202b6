/** Page objects of identity's pages for browser tests: what a person does, addressed by stable component ids. */
package org.coderise.identity.pages;
