package de.tenor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a ruling, judged for whether its numbers can be the facts of <em>this</em> case.
 * Courts cite other cases' facts ("Der Gerichtshof hat in der Rechtssache Genc 5,5 Wochenstunden …",
 * "So hat das Bundessozialgericht zehn Stunden im Monat für 100 Euro …"), state general rules
 * ("ab einer Arbeitszeit von zehn Wochenstunden ist in aller Regel …") and reason hypothetically
 * ("selbst wenn man 10 Stunden zugrunde legte …"); none of those numbers describes the party's job.
 *
 * <p>Issue 20 adds two more: a job of an earlier, closed period ("In den Jahren 2022 und 2023 war
 * sie … 25 Stunden beschäftigt", "Bis Oktober 2024 arbeitete er …") is the decisive job only when
 * the ruling names no other (then the court assesses it, e.g. for a retained worker status), and a
 * submission the court rejects ("Ihr Vortrag, sie arbeite 15 Stunden, ist nicht glaubhaft") is no
 * finding: its numbers are struck out wherever they recur.
 *
 * @param text     the sentence with citations in brackets removed ("(vgl. BSG, Urteil vom … – B 4 AS 2/21 R –)")
 * @param personal names the party or the job ("die Klägerin", "er", "Arbeitsvertrag", "beschäftigt")
 * @param excluded precedent, general rule or hypothesis: its numbers are no facts of this case
 * @param earlier  past tense with a closed or earlier period: its numbers count only when no other sentence has one
 * @param rejected the part of a rejected submission from "Vortrag"/"trägt vor" to "nicht glaubhaft"
 *                 (empty when none): the numbers in it are claims the court does not believe
 */
record FactSentence(String text, boolean personal, boolean excluded, boolean earlier, String rejected) {

    /** A bracket that cites: "(vgl. …)", "(BSG, Urteil vom …)", "(EuGH, C-14/09 …)", "(juris Rn. 12)". */
    private static final Pattern CITATION = Pattern.compile(
            "(?U)\\((?=[^()]*(?:vgl\\.|Urteil|Urt\\.|Beschluss|Beschl\\.|juris|Rn\\.|Rdnr|EuGH|BSG|BVerwG|LSG|OVG|VGH|\\bS\\. \\d"
                    + "|C-\\d|\\d+/\\d{2}\\b|Slg\\.|NJW|NVwZ|InfAuslR|ZAR|a\\.a\\.O))[^()]*\\)");
    /** Another case, not this one: the EuGH, a federal court, a named judgment, "in dem … entschiedenen Fall". */
    private static final Pattern PRECEDENT = Pattern.compile(
            "(?U)\\b(?:EuGH|Gerichtshof|Rechtssache|Rs\\.|BSG|Bundessozialgericht|BVerwG|Bundesverwaltungsgericht"
                    + "|Genc|Levin|Kempf|Megner|Raulin|Lawrie-Blum|Ninni-Orasche|Bettray|Trojani|vgl\\.|juris"
                    + "|entschiedenen Fall|in jenem Fall|in einem Fall|in einem vergleichbaren Fall|Rechtsprechung"
                    + "|hat (?:der|das|die) [A-ZÄÖÜ][\\p{L}]*(?:gericht|senat|Senat|Kammer)\\b[^.]{0,80}\\b(?:angesehen|gewertet|gehalten|genügen lassen|ausreichen lassen|bejaht|verneint))");
    /** A rule for everyone, not a finding about the party. */
    private static final Pattern GENERAL = Pattern.compile(
            "(?U)(?i)\\b(?:ab einer|bereits bei|selbst bei|auch bei|erst ab|erst bei|in aller Regel|in der Regel"
                    + "|Mindeststundenzahl|Untergrenze|Schwelle|Einkommensgrenze|Geringfügigkeitsgrenze|Grenze von"
                    + "|feste Grenze|starre Grenze|wer |jemand|eine Person|die betreffende Person|Tätigkeiten)");
    /** Reasoning on assumed numbers. */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?U)(?i)\\b(?:selbst wenn|wenn man|unterstellt|zugrunde legte|ausginge|angenommen,? dass|hypothetisch|etwa bei)");
    /** The party, or words that only describe one's own job. */
    private static final Pattern PERSONAL = Pattern.compile(
            "(?U)\\b(?:Kläger(?:in|s)?|Antragsteller(?:in|s)?|Beschwerdeführer(?:in|s)?|Berufungskläger(?:in|s)?|Revisionskläger(?:in|s)?"
                    + "|Rechtsmittelführer(?:in|s)?|Betroffene[rn]?|Leistungsberechtigte[rn]?|[Ee]r|[Ss]ie|ihm|ihr|seine[mnrs]?|ihre[mnrs]?"
                    + "|Arbeitsvertrag\\w*|Arbeitgeber\\w*|Lohnabrechnung\\w*|beschäftigt|angestellt|tätig|arbeitet\\w*"
                    + "|Minijob|Beschäftigungsverhältnis\\w*|Arbeitsverhältnis\\w*)\\b");

    /** A verb in the past tense: what the party did then, not what the court finds for now. */
    private static final Pattern PAST_VERB = Pattern.compile(
            "(?U)\\b(?:war|waren|arbeitete|arbeiteten|hatte|hatten|übte|verdiente|erhielt|erzielte)\\b");
    private static final String MONTH = "(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)";
    /** A span that is closed, or an earlier time: "bis zum 31. Oktober 2024", "in den Jahren 2022 und 2023", "zuvor". */
    private static final Pattern CLOSED_PERIOD = Pattern.compile(
            "(?U)\\b(?:[Bb]is\\s+(?:zum\\s+|Ende\\s+|Mitte\\s+|Anfang\\s+|einschließlich\\s+)?(?:\\d{1,2}\\.\\s?)?(?:\\d{1,2}\\.\\s?\\d{4}|"
                    + MONTH + "(?:\\s+\\d{4})?|\\d{4})|[Ii]n\\s+den\\s+Jahren|[Vv]on\\s+\\d{4}\\s+bis|[Zz]uvor|[Ff]rüher|[Vv]orher|[Ee]hemals"
                    + "|endete|beendet|gekündigt|ausgelaufen)\\b");
    /** What a party claims: "Ihr Vortrag, …", "trägt vor, …", "Soweit die Beschwerde vorträgt, …", "Die Behauptung, …". */
    private static final Pattern SUBMISSION = Pattern.compile(
            "(?U)\\b(?:Vortrag\\w*|vorgetragen|vorträgt|trägt\\b(?=[^.]*\\bvor\\b)|behauptet\\w*|Behauptung\\w*|geltend"
                    + "|Angabe\\w*|angegeben|Einlassung\\w*|Vorbringen\\w*)");
    /** The court does not believe it. */
    private static final Pattern REJECTION = Pattern.compile(
            "(?U)\\b(?:nicht\\s+glaubhaft|unglaubhaft|nicht\\s+belegt|durch\\s+nichts\\s+belegt|nicht\\s+nachgewiesen|nicht\\s+bewiesen"
                    + "|nicht\\s+erwiesen|nicht\\s+substantiiert|nicht\\s+plausibel|nicht\\s+nachvollziehbar|widerlegt|nicht\\s+bestätigt"
                    + "|nicht\\s+zu\\s+folgen|nicht\\s+überzeugend|überzeugt\\s+nicht|keinen\\s+Glauben)");

    /** The sentence as it is judged and parsed: spaces normalised, citations and quotation marks removed. */
    static String clean(String sentence) {
        return stripCitations(Texts.normalizeSpace(sentence));
    }

    /** @param text a sentence as {@link #clean} returns it */
    static FactSentence judge(String text) {
        boolean excluded = PRECEDENT.matcher(text).find() || GENERAL.matcher(text).find()
                || HYPOTHETICAL.matcher(text).find();
        boolean earlier = PAST_VERB.matcher(text).find() && CLOSED_PERIOD.matcher(text).find();
        return new FactSentence(text, PERSONAL.matcher(text).find(), excluded, earlier, rejectedClaim(text));
    }

    /** From the first submission word to the rejection after it; empty when the sentence rejects no claim. */
    private static String rejectedClaim(String text) {
        Matcher claim = SUBMISSION.matcher(text);
        if (!claim.find()) {
            return "";
        }
        Matcher rejection = REJECTION.matcher(text);
        return rejection.find(claim.end()) ? text.substring(claim.start(), rejection.start()) : "";
    }

    /** A citation cut off by the sentence splitter: "… genügt nicht (vgl. BSG, Urteil vom 29." */
    private static final Pattern OPEN_CITATION = Pattern.compile(
            "(?U)\\s*\\((?:vgl\\.|so |siehe|s\\. |BSG|BVerwG|EuGH|LSG|OVG|VGH|BVerfG|Urteil|Beschluss)[^()]*$");
    private static final String QUOTES = "„“”\"‚‘’»«";

    /** The sentence without a citation the sentence splitter cut off at its end ("… (vgl."). */
    static String withoutOpenCitation(String s) {
        return OPEN_CITATION.matcher(s).replaceAll("");
    }

    /** The sentence without citations in brackets and quotation marks ("mit „etwa sechs Stunden“ in der Woche"). */
    static String stripCitations(String s) {
        String unquoted = withoutQuotes(s);
        if (unquoted.indexOf('(') < 0) {
            return Texts.normalizeSpace(unquoted); // both citation patterns start at a bracket (issue 21: most sentences have none)
        }
        String out = OPEN_CITATION.matcher(unquoted).replaceAll("");
        for (int i = 0; i < 3; i++) {
            Matcher m = CITATION.matcher(out);
            String next = m.replaceAll("");
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return Texts.normalizeSpace(out);
    }

    /** A loop, not a regex: it runs over every sentence of every ruling (issue 21). */
    private static String withoutQuotes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
