/** The grading benchmark: end-to-end figures against a running CodeRise, measured over HTTP like a client would. */
package org.coderise.grading.bench;
