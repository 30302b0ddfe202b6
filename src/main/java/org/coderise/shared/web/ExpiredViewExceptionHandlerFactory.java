package org.coderise.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * An Ajax request from a page whose view the server no longer holds (the session ended and a new one began, or the
 * server restarted) would otherwise fail silently in the page: it is sent to the session-expired page instead, with a
 * link back to the page it came from. Full-page requests get that page from web.xml's error-page.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }

    static final class ExpiredViewHandler extends ExceptionHandlerWrapper {
        static final String PAGE = "/session-expired.xhtml";

        ExpiredViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (getRootCause(events.next().getContext().getException()) instanceof ViewExpiredException) {
                        events.remove();
                        sendToExpiredPage(faces);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static void sendToExpiredPage(FacesContext faces) {
            var external = faces.getExternalContext();
            String back = ReturnAddress.ofReferringPage((HttpServletRequest) external.getRequest())
                    .map(page -> "?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)).orElse("");
            try {
                external.redirect(external.getRequestContextPath() + PAGE + back);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
