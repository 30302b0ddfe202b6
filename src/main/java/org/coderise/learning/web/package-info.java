/**
 * The learner's pages: catalog, course, my learning, lessons and exercises with the code editor, and certificates
 * (download for their owner, public verification at {@code /verify/CODE}).
 */
package org.coderise.learning.web;
