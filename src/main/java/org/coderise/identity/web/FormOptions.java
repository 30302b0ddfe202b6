package org.coderise.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coderise.identity.domain.AgeBand;

/** Choices offered on identity's forms: countries by name in the page's language, age bands. */
@Named
@ApplicationScoped
public class FormOptions {
    private final Map<Locale, List<SelectItem>> countries = new ConcurrentHashMap<>();

    /** ISO 3166-1 alpha-2 codes labelled and sorted in {@code locale}. */
    public List<SelectItem> countries(Locale locale) {
        return countries.computeIfAbsent(locale, l -> {
            Collator collator = Collator.getInstance(l);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(l)))
                    .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                    .toList();
        });
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }
}
