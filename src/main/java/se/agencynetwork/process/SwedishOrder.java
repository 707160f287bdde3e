package se.agencynetwork.process;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order in which lists of names are shown to people (option lists of forms, summaries,
 * mails): Swedish collation, so Å, Ä and Ö come after Z ("Överklagandenämnden" last), not among
 * A and O as a plain {@code String} comparison or an ASCII code would put them.
 */
public final class SwedishOrder {

    /** Swedish as the JDK's collation data (module jdk.localedata, part of every full JRE) knows it. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishOrder() {
    }

    /** Compares texts the Swedish way; ties (differing only in case or accents) broken by the text itself. */
    public static Comparator<String> texts() {
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.TERTIARY);
        // a Collator is not thread-safe: each comparator has its own
        Comparator<String> swedish = (a, b) -> collator.compare(a, b);
        return swedish.thenComparing(Comparator.naturalOrder());
    }

    /** Compares items by a name, the Swedish way. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        Comparator<String> texts = texts();
        return (a, b) -> texts.compare(String.valueOf(name.apply(a)), String.valueOf(name.apply(b)));
    }
}
