package org.coderise.learning.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coderise.learning.domain.Certificate;

/**
 * Draws a certificate as a one-page landscape PDF: the learner's name, the course, the date and the verification code
 * with the address where anyone can check it. Texts come from learning's bundle in the learner's language.
 */
public final class CertificatePdf {
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private CertificatePdf() {
    }

    /** The PDF's bytes; {@code verifyAddress} is the absolute address of the certificate's verification page. */
    public static byte[] render(Certificate certificate, Locale locale, String verifyAddress) {
        ResourceBundle text = ResourceBundle.getBundle("org.coderise.learning.web.Messages", locale);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 60, 60, 70, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.getString("certificate.pdf.title") + " – " + certificate.courseTitle());
        document.addCreator("CodeRise");
        document.open();
        document.add(line("CodeRise", font(16, Font.BOLD, ACCENT), 30));
        document.add(line(text.getString("certificate.pdf.title"), font(34, Font.BOLD, INK), 30));
        document.add(line(text.getString("certificate.pdf.certifies"), font(14, Font.NORMAL, INK), 10));
        document.add(line(certificate.learnerName(), font(28, Font.BOLD, INK), 10));
        document.add(line(text.getString("certificate.pdf.completed"), font(14, Font.NORMAL, INK), 10));
        document.add(line(certificate.courseTitle(), font(22, Font.BOLD, ACCENT), 24));
        String date = certificate.issuedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        document.add(line(text.getString("certificate.pdf.date") + " " + date, font(13, Font.NORMAL, INK), 40));
        document.add(line(text.getString("certificate.pdf.code") + " " + certificate.code().grouped(),
                font(13, Font.BOLD, INK), 4));
        document.add(line(text.getString("certificate.pdf.verifyAt") + " " + verifyAddress,
                font(11, Font.NORMAL, INK), 0));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph line(String content, Font font, float spacingAfter) {
        var paragraph = new Paragraph(new Chunk(content, font));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static Font font(float size, int style, Color color) {
        return FontFactory.getFont(FontFactory.HELVETICA, FontFactory.defaultEncoding, true, size, style, color);
    }
}
