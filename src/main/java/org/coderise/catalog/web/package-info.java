/** The catalog's admin page: imported courses, their versions, import problems and the re-import button. */
package org.coderise.catalog.web;
