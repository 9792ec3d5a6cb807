package de.tenor.search;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a higher court's Tenor says about the decision under appeal: "aufgehoben", "geändert",
 * "bestätigt" (the appeal was dismissed), "aufgehoben und zurückverwiesen" or "wirkungslos".
 * Only sentences that name a decision of a court ("der Beschluss des Verwaltungsgerichts …", "das
 * angefochtene Urteil") or an appeal ("Die Beschwerde … wird zurückgewiesen") count, so "Die Kosten
 * werden gegeneinander aufgehoben" or "Der Bescheid … wird aufgehoben" say nothing. Stateless.
 */
public final class AppealVerdict {

    private static final Pattern LOWER_DECISION = Pattern.compile(
            "(?:Beschlu(?:ss|ß)|Urteil|Gerichtsbescheid)(?:es|s)?\\s+(?:des|der)\\s+"
                    + "(?:Verwaltungsgerichts|Sozialgerichts|Landessozialgerichts|Oberverwaltungsgerichts|"
                    + "Verwaltungsgerichtshofs|VG|SG|LSG|OVG)"
                    + "|(?:angefochtene|angegriffene)n?\\s+(?:Beschlu(?:ss|ß)|Urteil|Gerichtsbescheid)");
    private static final Pattern APPEAL_DISMISSED = Pattern.compile(
            "(?:Beschwerde|Berufung|Revision|Nichtzulassungsbeschwerde)\\b.*?\\bwird\\s+(?:zurückgewiesen|verworfen)"
                    + "|Antrag\\b.*?\\bauf\\s+Zulassung\\s+der\\s+(?:Berufung|Revision)\\b.*?\\bwird\\s+abgelehnt");
    /** Sentence ends: a newline, or a full stop after a word (not after "18." in a date) before a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\R+|(?<=[\\p{Ll})]\\.)\\s+(?=\\p{Lu})");

    private AppealVerdict() {
    }

    /** The verdict on the lower decision, or empty when the Tenor says nothing clear about it. */
    public static Optional<String> of(String higherTenor) {
        if (higherTenor == null || higherTenor.isBlank()) {
            return Optional.empty();
        }
        String[] sentences = SENTENCE_END.split(higherTenor.strip());
        for (String sentence : sentences) {
            if (LOWER_DECISION.matcher(sentence).find()) {
                if (sentence.contains("zurückverwiesen")) {
                    return Optional.of("aufgehoben und zurückverwiesen");
                }
                if (sentence.contains("aufgehoben")) {
                    return Optional.of("aufgehoben");
                }
                if (sentence.matches(".*\\b(?:ab)?geändert\\b.*")) {
                    return Optional.of("geändert");
                }
                if (sentence.contains("wirkungslos")) {
                    return Optional.of("wirkungslos");
                }
            }
        }
        for (String sentence : sentences) {
            if (APPEAL_DISMISSED.matcher(sentence).find()) {
                return Optional.of("bestätigt");
            }
        }
        return Optional.empty();
    }
}
