package org.coderise.learning.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;
import org.coderise.learning.domain.Certificate;
import org.coderise.learning.domain.VerificationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Certificates for names from anywhere: the embedded Unicode font draws them and the PDF's text gives them back. */
class CertificatePdfTest {
    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 28, 10, 0);

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Nguyễn", "Ngozi Adébáyọ̀", "Аня Петрова", "Ελένη"})
    void drawsNamesInAnyLatinCyrillicOrGreekLettersSoTheyReadBackFromThePdf(String name) throws IOException {
        byte[] pdf = render(name);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains(name);
    }

    /**
     * Arabic is drawn in its joined (contextual) letter forms, right to left, so the page's text reads back in visual
     * order as presentation forms; folding those to plain letters and reading right to left gives the name again.
     */
    @Test
    void drawsArabicNamesJoinedAndRightToLeft() throws IOException {
        String name = "أمينة";
        String drawn = text(render(name)).lines().map(String::strip)
                .filter(line -> line.codePoints().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF)).findFirst().orElseThrow();

        String folded = new StringBuilder(Normalizer.normalize(drawn, Normalizer.Form.NFKC)).reverse().toString();
        assertThat(folded).isEqualTo(name);
    }

    private static String text(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    private static byte[] render(String name) {
        var certificate = new Certificate(VerificationCode.random(), 7, "tiny", name, "Python: first steps", ISSUED);
        return CertificatePdf.render(certificate, Locale.ENGLISH, "https://coderise.example/verify/X");
    }
}
