package de.tenor.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * German legal vocabulary ranked by frequency, drawn with a Zipf distribution (exponent 1, as in
 * natural-language text): function words first, then the words of EU-citizen benefit and residence
 * cases, then compounds built from real stems ("Aufenthalts" + "recht"), then a long tail of
 * made-up surnames and place words so that the term dictionary keeps growing with the corpus
 * (Heaps' law) as a real one does. Immutable and thread-safe.
 */
final class Vocabulary {

    /** Ranks beyond the real words: rare tokens, each seen in only a handful of documents per million. */
    static final int TAIL_WORDS = 200_000;
    static final double ZIPF_EXPONENT = 1.0;

    private static final String FUNCTION_WORDS = """
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden
            aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur
            oder aber vor zur bis mehr durch sein wurde sei kann insoweit soweit jedoch daher hier dies bereits
            nicht insbesondere ferner vielmehr zudem allein""";

    private static final String LEGAL_WORDS = """
            Antragsteller Antragstellerin Antragsgegner Kläger Klägerin Beklagte Beklagten Jobcenter
            Ausländerbehörde Verwaltungsgericht Sozialgericht Beschwerde Antrag Anordnung einstweilige
            aufschiebende Wirkung Widerspruch Bescheid Leistungen Grundsicherung Arbeitsuchende Bürgergeld
            Arbeitslosengeld Freizügigkeit Unionsbürger Unionsbürgerin Arbeitnehmer Arbeitnehmereigenschaft
            Beschäftigung Tätigkeit Minijob geringfügige Arbeitsvertrag Arbeitgeber Wochenstunden Stundenlohn
            Mindestlohn Arbeitsentgelt Verlustfeststellung Leistungsausschluss Aufenthaltsrecht
            Daueraufenthaltsrecht Arbeitsuche Erwerbstätigkeit Selbstständigkeit Gewerbeanmeldung
            Familienangehörige Kinder Schulbesuch Mitgliedstaat Rumänien Bulgarien Polen Staatsangehörige
            Rechtsprechung Gerichtshof Europäischen Union Bundessozialgericht Bundesverwaltungsgericht Senat
            Kammer Entscheidung Urteil Beschluss Gerichtsbescheid Verfahren Eilverfahren Hauptsacheverfahren
            Prozesskostenhilfe Rechtsschutz Anordnungsanspruch Anordnungsgrund glaubhaft gemacht
            Glaubhaftmachung Erfolgsaussicht Rechtmäßigkeit rechtswidrig rechtmäßig Ermessen
            Verhältnismäßigkeit Unterkunft Heizung Regelbedarf Mehrbedarf Kosten Erstattung Rückforderung
            Aufhebung Bewilligung Ablehnung Zeitraum Monat Monate Jahr Jahre Stunden Euro monatlich
            wöchentlich tatsächlich echte völlig untergeordnet unwesentlich Umfang Dauer Vergütung
            Gesamtbewertung Umstände Einzelfalls Gesichtspunkte berücksichtigen Voraussetzungen erfüllt
            vorliegen vorliegend Anspruch Ansprüche Sozialhilfe Vorschrift Vorschriften Regelung Richtlinie
            Auslegung Anwendung anwendbar unionsrechtlich europarechtlich verfassungsrechtlich
            Existenzminimum Menschenwürde Gleichbehandlung Diskriminierung Staatsangehörigkeit
            Meldebescheinigung Wohnsitz gewöhnlichen Aufenthalt Bundesgebiet Einreise Ausreise Abschiebung
            Ausreisepflicht Feststellung Nachweis Nachweise Lohnabrechnungen Kontoauszüge Arbeitszeit
            Probezeit Kündigung Arbeitslosigkeit unfreiwillige Agentur Arbeit arbeitsuchend gemeldet
            Fortwirkung Erhaltung Status Rechtsstellung Familie Ehegatte Lebenspartner Haushalt
            Bedarfsgemeinschaft Sozialgesetzbuch Zweites Buch Zwölftes Gesetz Absatz Satz Nummer Buchstabe
            Gründe Tatbestand Entscheidungsgründe Rechtsmittelbelehrung Kostenentscheidung Streitwert
            Beteiligten Bevollmächtigte Rechtsanwalt Rechtsanwältin Akte Verwaltungsvorgang Anhörung
            Schriftsatz vorgetragen ausgeführt dargelegt substantiiert Zweifel bestehen ernstlichen Interesse
            öffentlichen privaten überwiegt Abwägung Folgenabwägung Vollziehung sofortige Reinigungskraft
            Küchenhilfe Paketzusteller Lagerarbeiter Erntehelfer Pflegehelferin Bauhelfer Gebäudereinigung
            Gastronomie Zeitarbeit Leiharbeit Werkvertrag Scheinselbstständigkeit Sozialversicherung
            Krankenversicherung Anmeldung Unionsrecht Primärrecht Sekundärrecht Grundfreiheiten
            Arbeitnehmerfreizügigkeit Niederlassungsfreiheit Aufenthaltskarte Aufenthaltsdauer Lebensunterhalt
            Sicherung Hilfebedürftigkeit hilfebedürftig Erwerbsfähigkeit erwerbsfähig Einkommen Vermögen
            Anrechnung Freibetrag Zuflussprinzip Leistungsbescheid Änderungsbescheid Widerspruchsbescheid
            Klageverfahren Berufung Revision Zulassung grundsätzliche Bedeutung Divergenz Verfahrensmangel
            Beweiserhebung Zeugin Zeuge Vernehmung Beweisaufnahme Akteninhalt Überzeugung Gericht Senats
            Kammer Berichterstatter Vorsitzende Richterin Richter ehrenamtliche mündliche Verhandlung
            Termin Ladung Sitzung Niederschrift Protokoll Tenor aufgehoben verpflichtet verurteilt
            abgewiesen zurückgewiesen stattgegeben teilweise erledigt zurückgenommen Vergleich
            Erledigungserklärung Kostenquote außergerichtlichen erstatten vorläufig vollstreckbar
            unanfechtbar Rechtsmittel Frist zustellen Zustellung""";

    private static final String COMPOUND_HEADS = """
            Arbeitnehmer Aufenthalts Leistungs Freizügigkeits Beschäftigungs Arbeits Sozial Verwaltungs
            Familien Unterkunfts Erwerbs Rechts Verfahrens Kinder Lohn Zeit Melde Versicherungs Gewerbe
            Steuer Miet Schul Ausbildungs Kranken Renten Eltern Unterhalts Vermögens Einkommens Bewilligungs
            Widerspruchs Klage Beschwerde Antrags Verlust Daueraufenthalts Staatsangehörigkeits Integrations
            Sprach Bildungs""";

    private static final String COMPOUND_TAILS = """
            recht eigenschaft ausschluss verhältnis bescheid zeitraum verfahren nachweis anspruch berechtigung
            pflicht status vertrag stelle behörde gericht entscheidung grundlage voraussetzung bedarf kosten
            zeiten unterlagen feststellung prüfung frist erklärung bescheinigung angaben verhältnisse höhe
            umfang dauer wechsel aufnahme ende beginn sachverhalt leistung schutz""";

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "sch", "ten", "ber", "wi", "nak", "do", "ru",
        "pes", "cu", "lan", "gor", "ti", "vo", "sta", "ne", "bra", "mi", "zel", "hof", "dorf", "kow", "escu",
        "ova", "ski", "an", "el", "us"};

    private final String[] words;
    private final double[] cumulative;
    /** Rank of the first content word (after the function words): queries draw from here on. */
    private final int firstContentRank;
    /** Rank of the first made-up tail word. */
    private final int firstTailRank;
    private final java.util.Map<String, Integer> rankByWord;

    Vocabulary() {
        Set<String> ranked = new LinkedHashSet<>(split(FUNCTION_WORDS));
        firstContentRank = ranked.size();
        ranked.addAll(split(LEGAL_WORDS));
        for (String tail : split(COMPOUND_TAILS)) {
            for (String head : split(COMPOUND_HEADS)) {
                ranked.add(head + tail);
            }
        }
        firstTailRank = ranked.size();
        List<String> all = new ArrayList<>(ranked);
        for (int i = 0; all.size() < firstTailRank + TAIL_WORDS; i++) {
            all.add(madeUp(i));
        }
        words = all.toArray(String[]::new);
        rankByWord = new java.util.HashMap<>(words.length * 2);
        for (int r = words.length - 1; r >= 0; r--) {
            rankByWord.put(words[r], r);
        }
        cumulative = new double[words.length];
        double sum = 0;
        for (int r = 0; r < words.length; r++) {
            sum += 1 / Math.pow(r + 1, ZIPF_EXPONENT);
            cumulative[r] = sum;
        }
        for (int r = 0; r < words.length; r++) {
            cumulative[r] /= sum;
        }
    }

    int size() {
        return words.length;
    }

    /** Rank of {@code word}, or -1 when it is not in the vocabulary (capitalised tail words as generated). */
    int rankOf(String word) {
        Integer r = rankByWord.get(word);
        return r == null ? -1 : r;
    }

    /** Whether {@code rank} is one of the made-up tail words: each occurs in a handful of documents. */
    boolean isTail(int rank) {
        return rank >= firstTailRank;
    }

    String word(int rank) {
        return words[rank];
    }

    /** A word of running text, drawn by Zipf rank over the whole vocabulary. */
    String next(SplittableRandom rnd) {
        return words[rank(rnd.nextDouble())];
    }

    /**
     * A word a user would search for: a content word (no function word), favouring frequent ones
     * but reaching the compounds and now and then the tail.
     */
    String queryWord(SplittableRandom rnd) {
        while (true) {
            int r = rank(rnd.nextDouble());
            if (r >= firstContentRank && (r < firstTailRank || rnd.nextInt(4) == 0)) {
                return words[r];
            }
        }
    }

    private int rank(double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(words.length - 1, i >= 0 ? i : -i - 1);
    }

    /** "Kalomer", "Dorufhof": pronounceable, deterministic in {@code i}, capitalised like a German noun or name. */
    private static String madeUp(int i) {
        StringBuilder b = new StringBuilder();
        int x = i + SYLLABLES.length;
        while (x > 0) {
            b.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static List<String> split(String words) {
        return List.of(words.strip().split("\\s+"));
    }
}
