/** The public catalog over REST: course list and outlines, and the files lessons show. */
package org.coderise.catalog.rest;
