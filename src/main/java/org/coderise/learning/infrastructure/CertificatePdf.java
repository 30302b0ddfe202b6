package org.coderise.learning.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coderise.learning.domain.Certificate;

/**
 * Draws a certificate as a one-page landscape PDF: the learner's name, the course, the date and the verification code
 * with the address where anyone can check it. Texts come from learning's bundle in the learner's language.
 *
 * <p>Names come from everywhere, so the text is set in DejaVu Sans, embedded (subset) with Unicode encoding: Latin with
 * any accent (Zoë Nguyễn), Cyrillic, Greek and Arabic letters all have glyphs. Each line goes through OpenPDF's
 * bidirectional layout, which reorders right-to-left runs and joins Arabic letters into their contextual forms. The
 * limits are OpenPDF's: no OpenType shaping, so stacked combining marks (ọ̀) sit where the font's default offsets put
 * them, and scripts that need shaping beyond Arabic (Devanagari, Bengali, …) or CJK glyphs are not drawn right.
 */
public final class CertificatePdf {
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = embedded("DejaVuSans.ttf");
    private static final BaseFont BOLD = embedded("DejaVuSans-Bold.ttf");

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
        document.add(line(Normalizer.normalize(certificate.learnerName(), Normalizer.Form.NFC),
                font(28, Font.BOLD, INK), 10));
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

    /** One centred line; a table cell because only cells and columns get OpenPDF's bidi and Arabic shaping. */
    private static PdfPTable line(String content, Font font, float spacingAfter) {
        var cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setPaddingBottom(spacingAfter);
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell);
        return table;
    }

    private static Font font(float size, int style, Color color) {
        return new Font(style == Font.BOLD ? BOLD : REGULAR, size, Font.NORMAL, color);
    }

    /** A font from the classpath (unpacked there by the build), embedded as a subset and addressed by Unicode. */
    private static BaseFont embedded(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("certificate font " + FONTS + file + " is not on the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
