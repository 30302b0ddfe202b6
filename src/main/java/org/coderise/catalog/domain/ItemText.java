package org.coderise.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.Arrays;
import java.util.List;

/** An item's title, rendered HTML (lesson text or exercise prompt) and hints, in one locale. */
@Embeddable
public class ItemText {
    /**
     * Hints are stored in one column separated by the ASCII unit separator, which no hint typed in YAML contains:
     * changing it breaks every stored hint.
     */
    private static final String HINT_SEPARATOR = "\u001F";

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Lob
    @Column(nullable = false)
    private String hints;

    protected ItemText() {
    }

    public ItemText(String title, String bodyHtml, List<String> hints) {
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.hints = String.join(HINT_SEPARATOR, hints.stream().map(h -> h.replace(HINT_SEPARATOR, " ")).toList());
    }

    public String title() {
        return title;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public List<String> hints() {
        return hints.isEmpty() ? List.of() : Arrays.asList(hints.split(HINT_SEPARATOR, -1));
    }
}
