/** What other contexts may know of review: the {@link org.coderise.review.api.ReviewCompleted} event. */
package org.coderise.review.api;
