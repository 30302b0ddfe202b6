package org.coderise.learning.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public, printable address of a certificate check, {@code /verify/CODE} (also {@code /verify?code=CODE} from the
 * form on that page), shown by the Faces page {@code verify.xhtml}. The address is on every certificate: keep it.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CODE_ATTRIBUTE = VerifyServlet.class.getName() + ".code";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        String code = path != null && path.length() > 1 ? path.substring(1) : request.getParameter("code");
        request.setAttribute(CODE_ATTRIBUTE, code == null ? "" : code);
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
