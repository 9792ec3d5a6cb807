package de.tenor.bench;

/**
 * A short ruling as an NGO would upload it: anonymised (no names, no addresses), with a word found
 * nowhere else. Uploaded by {@code tenor bench ingest --oldp} and by the tests of uploads.
 */
public final class SampleRulings {

    private static final String RULING = """
            Sozialgericht Dortmund
            Beschluss
            Aktenzeichen: S 12 AS %d/26 ER

            Tenor

            Der Antragsgegner wird verpflichtet, vorläufig Leistungen zu gewähren.

            Gründe

            1
            Die Antragstellerin ist bulgarische Staatsangehörige und arbeitet als Reinigungskraft, Stichwort %s.
            """;

    private SampleRulings() {
    }

    /** The ruling with docket number {@code docket} ("S 12 AS docket/26 ER") and {@code keyword} as its one unique word. */
    public static String ruling(int docket, String keyword) {
        return RULING.formatted(docket, keyword);
    }
}
