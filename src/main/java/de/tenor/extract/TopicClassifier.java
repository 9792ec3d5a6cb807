package de.tenor.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a document is about the practice Tenor exists for (docs/DOMAIN.md): the worker status of EU
 * citizens, the SGB II exclusion of Union citizens, or orders finding the right of free movement lost.
 *
 * <p>The portals' full-text searches return far more than that: tax-law "Verlustfeststellung", labour-law
 * and social-insurance "Arbeitnehmereigenschaft", Art. 11 GG "Freizügigkeit", the SGB II exclusion of
 * students, asylum cases. Each of those shares a word with the practice but not its legal frame, so a
 * document is on topic only when a <em>subject</em> marker (the worker test, the exclusion, the loss
 * finding) meets an <em>EU frame</em> marker (FreizügG/EU, Union citizens, Art. 45 AEUV, the EU
 * directive or regulation, the EuGH line of cases). The FreizügG/EU is itself specific to Union citizens,
 * so two distinct FreizügG/EU-specific markers also suffice. An asylum docket ({@code .A}) is never on
 * topic. The markers found are returned, so a reader can check the decision. Stateless and thread-safe.
 */
public final class TopicClassifier {

    /** The decision and why. {@code markers} are the labels of what was found, subject markers first. */
    public record TopicDecision(boolean onTopic, List<String> markers) {
        public TopicDecision {
            markers = List.copyOf(markers);
        }
    }

    /**
     * {@code prefixes}: fixed strings with which every match of {@code regex} starts; the regex is tried only
     * where one occurs (issue 21: these patterns were the largest single share of extraction time).
     */
    private record Marker(String label, PrefixedPattern pattern) {
        Marker(String label, String regex, String... prefixes) {
            this(label, new PrefixedPattern(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), List.of(prefixes)));
        }

        boolean foundIn(String text) {
            return pattern.foundIn(text);
        }
    }

    /** Reading further finds only more citations of what the first pages already name. */
    private static final int MAX_CHARS = 200_000;

    /**
     * The exclusion of foreigners without a right of residence other than job-seeking: in practice the
     * exclusion of Union citizens, and what a portal search for it returns. Students are excluded by
     * § 7 Abs. 5 SGB II, which this does not match.
     */
    private static final String SGB_II_EXCLUSION = "§ 7 Abs. 1 S. 2 SGB II";

    private static final List<Marker> SUBJECT = List.of(
            new Marker("Arbeitnehmereigenschaft", "Arbeitnehmer(?:eigenschaft|status|begriff)|Arbeitnehmerin(?:nen)?eigenschaft"
                    + "|Erwerbstätigeneigenschaft|Status als Arbeitnehmer|fortwirkende[rn]? Arbeitnehmer"
                    + "|Arbeitnehmer(?:in)? im Sinne|als Arbeitnehmer(?:in)? (?:gilt|gelten|anerkannt)|§\\s*2\\s*Abs\\.?\\s*2\\s*Nr\\.?\\s*[12]\\b[^§]{0,20}FreizügG",
                    "Arbeitnehmer", "Erwerbstätigeneigenschaft", "Status als Arbeitnehmer", "fortwirkende", "als Arbeitnehmer", "§"),
            new Marker(SGB_II_EXCLUSION, "§\\s*7\\s*Abs\\.?\\s*1\\s*(?:S\\.|Satz)\\s*2\\b[^§]{0,40}?SGB\\s*II\\b(?!I)",
                    "§"),
            new Marker("Leistungsausschluss", "Leistungsausschlus", "Leistungsausschlus"),
            new Marker("Verlustfeststellung", "Verlustfeststellung|Verlust (?:des|ihres|seines) (?:Rechts|Freizügigkeitsrechts)"
                    + "|Recht auf Einreise und Aufenthalt[^.]{0,40}verloren|Nichtbestehen(?:s)? des (?:Freizügigkeitsrechts|Rechts auf"
                    + " Einreise)|Nichtbestehensfeststellung|Feststellung des Nichtbestehens"
                    + "|Recht auf Freizügigkeit (?:verloren|entzogen|aberkannt)|Freizügigkeit (?:verloren|entzogen|aberkannt)"
                    + "|§\\s*(?:5\\s*Abs\\.?\\s*4|6\\s*Abs\\.?\\s*1)[^§]{0,20}FreizügG",
                    "Verlust", "Recht auf ", "Nichtbestehen", "Feststellung des Nichtbestehens", "Freizügigkeit ", "§"),
            // benefits are the Jobcenter's; with an EU frame, that is the SGB II side of the practice
            new Marker("Jobcenter", "Jobcenter", "Jobcenter"),
            new Marker("Aufenthaltsrecht zur Arbeitsuche", "Aufenthaltsrecht[^.]{0,40}(?:Arbeitsuche|Arbeitssuche)"
                    + "|(?:Arbeitsuche|Arbeitssuche)[^.]{0,40}Aufenthaltsrecht|Zweck der Arbeitsuche",
                    "Aufenthaltsrecht", "Arbeitsuche", "Arbeitssuche", "Zweck der Arbeitsuche"));

    private static final List<Marker> EU_FRAME = List.of(
            new Marker("FreizügG/EU", "FreizügG|Freizügigkeitsgesetz/EU|Freizügigkeitsgesetz\\s*-\\s*EU",
                    "FreizügG", "Freizügigkeitsgesetz"),
            new Marker("Unionsbürger", "Unionsbürger|EU-Bürger|EU-Ausländer|Staatsangehörige[rn]? (?:eines|der) (?:anderen )?"
                    + "(?:EU-)?Mitgliedstaat|(?:rumänische|bulgarische|polnische|kroatische|ungarische|slowakische|griechische"
                    + "|italienische|spanische|portugiesische|lettische|litauische)[rn]? Staatsangehörige"
                    // news say where people come from, not their legal status
                    + "|aus (?:Rumänien|Bulgarien)\\b",
                    "Unionsbürger", "EU-", "Staatsangehörige", "rumänische", "bulgarische", "polnische", "kroatische", "ungarische",
                    "slowakische", "griechische", "italienische", "spanische", "portugiesische", "lettische", "litauische",
                    "aus Rumänien", "aus Bulgarien"),
            // The EuGH's worker test in its German wording: only EU law speaks of work this way.
            new Marker("völlig untergeordnet und unwesentlich", "völlig untergeordnet|untergeordnet und unwesentlich"
                    + "|tatsächliche und echte|tatsächlich und echt",
                    "völlig untergeordnet", "untergeordnet und unwesentlich", "tatsächliche und echte", "tatsächlich und echt"),
            new Marker("Arbeitnehmer nach Unionsrecht", "im Sinne des Unionsrechts|unionsrechtliche[rn]? Arbeitnehmer",
                    "im Sinne des Unionsrechts", "unionsrechtliche"),
            new Marker("Art. 45 AEUV", "Art(?:ikel|\\.)\\s*45\\s*(?:Abs\\.?\\s*\\d\\s*)?AEUV|Art\\.\\s*39\\s*EG",
                    "Art"),
            new Marker("RL 2004/38/EG", "2004/38", "2004/38"),
            new Marker("VO 492/2011", "492/2011|1612/68", "492/2011", "1612/68"),
            new Marker("Freizügigkeit der Arbeitnehmer", "Arbeitnehmerfreizügigkeit|Freizügigkeit der Arbeitnehmer"
                    + "|unionsrechtliche[sn]? Freizügigkeit|Freizügigkeitsrecht",
                    "Arbeitnehmerfreizügigkeit", "Freizügigkeit", "unionsrechtliche"),
            new Marker("EuGH-Rechtsprechung", "Alimanovic|García-Nieto|Garcia-Nieto|\\bDano\\b|\\bGenc\\b|Lawrie-Blum|\\bLevin\\b",
                    "Alimanovic", "García-Nieto", "Garcia-Nieto", "Dano", "Genc", "Lawrie-Blum", "Levin"));

    /**
     * The foreigners' office: no EU frame by itself (third-country nationals have one too), but beside a
     * loss finding it tells the free-movement Verlustfeststellung from the tax-law one.
     */
    private static final Marker RESIDENCE_AUTHORITY = new Marker("Ausländerbehörde",
            "Ausländerbehörde|Abschiebungsandrohung|Ausreisepflicht|(?:Verlustfeststellung|Ordnungsverfügung) der Stadt",
            "Ausländerbehörde", "Abschiebungsandrohung", "Ausreisepflicht", "Verlustfeststellung", "Ordnungsverfügung");

    /** Specific to Union citizens' residence law: two of them make a document on topic by themselves. */
    private static final Set<String> FREIZUEG_SPECIFIC = Set.of("FreizügG/EU", "Verlustfeststellung", "RL 2004/38/EG",
            "Freizügigkeit der Arbeitnehmer", "Unionsbürger", "Aufenthaltsrecht zur Arbeitsuche", "Ausländerbehörde");

    /** "8 K 1234/20.A", "2 L 55/21.A": asylum proceedings share "Bulgarien" and "Freizügigkeit", not the practice. */
    private static final Pattern ASYLUM_DOCKET = Pattern.compile("\\d+/\\d{2}\\.A\\b");

    /** Every marker's pattern, for the test that compares them with a scan of the whole text. */
    static List<PrefixedPattern> markerPatterns() {
        List<PrefixedPattern> all = new ArrayList<>();
        for (Marker m : SUBJECT) {
            all.add(m.pattern());
        }
        for (Marker m : EU_FRAME) {
            all.add(m.pattern());
        }
        all.add(RESIDENCE_AUTHORITY.pattern());
        return all;
    }

    public TopicDecision classify(Document d) {
        return classify(d.title(), d.ruling().docket(), d.text());
    }

    public TopicDecision classify(String title, String docket, String text) {
        if (docket != null && ASYLUM_DOCKET.matcher(docket).find()) {
            return new TopicDecision(false, List.of("Asylverfahren (" + docket + ")"));
        }
        String body = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        if (body.length() > MAX_CHARS) {
            body = body.substring(0, MAX_CHARS);
        }
        List<String> subjects = found(SUBJECT, body);
        List<String> frames = found(EU_FRAME, body);
        Set<String> all = new LinkedHashSet<>(subjects);
        all.addAll(frames);
        all.addAll(found(List.of(RESIDENCE_AUTHORITY), body));
        long specific = all.stream().filter(FREIZUEG_SPECIFIC::contains).count();
        boolean onTopic = !subjects.isEmpty() && !frames.isEmpty() || specific >= 2 || subjects.contains(SGB_II_EXCLUSION);
        return new TopicDecision(onTopic, new ArrayList<>(all));
    }

    private static List<String> found(List<Marker> markers, String text) {
        List<String> labels = new ArrayList<>();
        for (Marker m : markers) {
            if (m.foundIn(text)) {
                labels.add(m.label());
            }
        }
        return labels;
    }
}
