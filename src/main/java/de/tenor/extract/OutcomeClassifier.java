package de.tenor.extract;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outcome of a ruling, from the EU citizen's side, off its Tenor (DOMAIN.md "Outcome").
 *
 * <p>The main trap is "zurückgewiesen": it is a loss for whoever appealed, so the genitive decides
 * ("die Beschwerde <em>der Antragsgegnerin</em> wird zurückgewiesen" is a win for the citizen).
 * Costs only decide when the main ruling cannot be attributed; they may legitimately contradict
 * it (the citizen loses the appeal, but the authority pays because it lost below). When signals
 * conflict the answer is {@link Outcome#UNKNOWN}: a wrong facet value is worse than none.
 * Stateless and thread-safe.
 */
public final class OutcomeClassifier {

    private static final Pattern REMAND = Pattern.compile("zurückverwiesen");
    private static final Pattern OTHER = Pattern.compile(
            "\\b(?:eingestellt|erledigt|Vergleich|zurückgenommen|Rücknahme|Erledigung)\\b");
    private static final Pattern LOSS_VERB = Pattern.compile("\\b(?:abgewiesen|abgelehnt|zurückgewiesen|verworfen)\\b");
    private static final Pattern REST = Pattern.compile("\\b[iI]m Übrigen\\b");
    private static final Pattern APPEAL = Pattern.compile(
            "\\b(?:Berufung|Beschwerde|Revision|Nichtzulassungsbeschwerde|Anhörungsrüge|Erinnerung)(?:en)?\\b");
    private static final Pattern APPEAL_SUCCEEDS = Pattern.compile(
            "^Auf (?:die|den) (?:Berufung|Beschwerde|Revision|Antrag)(?:en)?\\b.*\\b(?:geändert|abgeändert|aufgehoben)\\b");
    private static final Pattern ACTION_DISMISSED = Pattern.compile("\\bKlagen?\\b.*\\babgewiesen\\b");
    private static final Pattern APPLICATION = Pattern.compile("\\b(?:Antrag|Anträge|Eilantrag)\\b");
    private static final Pattern SUSPENSIVE = Pattern.compile(
            "aufschiebende[n]? Wirkung.*\\b(?:angeordnet|wiederhergestellt)\\b");
    private static final Pattern OBLIGED = Pattern.compile("\\b(?:verpflichtet|verurteilt)\\b");
    private static final Pattern ANNULLED = Pattern.compile("\\baufgehoben\\b");
    /** What the authority decided; setting one of these aside is a win. A court's decision is not one of them. */
    private static final Pattern ACT = Pattern.compile(
            "(?:(?<!Gerichts)[Bb]escheid|[Vv]erfügung|Feststellung|Abschiebungsandrohung|Ausreiseaufforderung|Entscheidung der)");
    private static final Pattern PARTIAL_WORD = Pattern.compile("\\b(?:teilweise|insoweit|soweit)\\b");
    private static final Pattern PKH = Pattern.compile("Prozesskostenhilfe|\\bPKH\\b");
    private static final Pattern MORE_THAN_PKH = Pattern.compile(
            "Rechtsschutz|aufschiebende|einstweiligen? Anordnung|Klage wird|Bescheid|Verfügung");
    private static final Pattern COSTS = Pattern.compile("\\b(?:Kosten|Gerichtskosten)\\b");
    private static final Pattern COST_SPLIT = Pattern.compile(
            "\\bzu\\s?\\d+\\s?/\\s?\\d+|\\b(?:ein|einem|zwei|drei) (?:Drittel|Viertel|Fünftel)|\\bHälfte\\b"
                    + "|gegeneinander aufgehoben|\\d+\\s?(?:%|v\\. ?H\\.|Prozent)");
    private static final Pattern COST_VERB_AFTER = Pattern.compile("\\b(?:trägt|tragen)((?:\\s+\\S+){1,3})");
    private static final Pattern COST_VERB_BEFORE = Pattern.compile("((?:\\S+\\s+){1,3})auferlegt\\b");
    private static final Pattern NO_REFUND = Pattern.compile("nicht zu erstatten|keine Kosten zu erstatten|nicht erstattungsfähig");
    private static final Pattern PARTY_PHRASE_END = Pattern.compile("\\s(?:gegen|wird|werden|ist|sind|vom|auf|wegen)\\s|,");

    /** Everything one tenor says; the decision rules in {@link #decide} read only these flags. */
    private static final class Signals {
        boolean won, lost, remand, other, restLost, partialWord, costSplit, unattributedAppeal, mainSentence;
        Set<Side> costBearer = EnumSet.noneOf(Side.class);
        boolean noRefund;
    }

    /** The outcome for a tenor; {@link Outcome#UNKNOWN} when there is none or it cannot be read. */
    public Outcome classify(String tenor) {
        List<String> sentences = Sentences.split(tenor);
        if (sentences.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        Signals s = new Signals();
        boolean anyPkh = false;
        for (String sentence : sentences) {
            // A sentence that only grants or refuses legal aid says nothing about the merits.
            boolean pkh = PKH.matcher(sentence).find() && !MORE_THAN_PKH.matcher(sentence).find();
            anyPkh |= pkh;
            boolean costs = COSTS.matcher(sentence).find();
            if (costs) {
                readCosts(sentence, s);
            }
            if (!pkh && !(costs && !LOSS_VERB.matcher(sentence).find() && !OBLIGED.matcher(sentence).find())) {
                readMain(sentence, s);
            }
        }
        return decide(s, anyPkh && !s.mainSentence);
    }

    private static Outcome decide(Signals s, boolean pkhOnly) {
        if (s.remand) {
            return Outcome.OTHER;
        }
        if (s.won && s.lost) {
            return Outcome.UNKNOWN;
        }
        if (s.won) {
            return s.restLost || s.partialWord || s.costSplit ? Outcome.PARTIAL : Outcome.WON;
        }
        if (s.lost || s.restLost) {
            return Outcome.LOST;
        }
        if (s.other) {
            return Outcome.OTHER;
        }
        if (s.unattributedAppeal) {
            // "Die Beschwerde wird zurückgewiesen": only the costs tell whose appeal it was.
            if (s.costBearer.size() == 1) {
                return s.costBearer.contains(Side.CITIZEN) ? Outcome.LOST : Outcome.WON;
            }
            return s.costBearer.isEmpty() && s.noRefund ? Outcome.LOST : Outcome.UNKNOWN;
        }
        return pkhOnly ? Outcome.OTHER : Outcome.UNKNOWN;
    }

    private static void readMain(String sentence, Signals s) {
        s.mainSentence = true;
        if (REMAND.matcher(sentence).find()) {
            s.remand = true;
            return;
        }
        if (OTHER.matcher(sentence).find() && !LOSS_VERB.matcher(sentence).find()) {
            s.other = true;
            return;
        }
        if (REST.matcher(sentence).find() && LOSS_VERB.matcher(sentence).find()) {
            s.restLost = true;
            return;
        }
        boolean partial = PARTIAL_WORD.matcher(sentence).find();
        Matcher succeeds = APPEAL_SUCCEEDS.matcher(sentence);
        if (succeeds.find()) {
            mark(s, partyAfter(sentence, 4), true, partial);
        }
        Matcher appeal = APPEAL.matcher(sentence);
        Matcher application = APPLICATION.matcher(sentence);
        boolean applicationFirst = application.find() && !(appeal.find() && appeal.start() < application.start());
        if (!applicationFirst && appeal.find(0) && LOSS_VERB.matcher(sentence).find()
                && !ACTION_DISMISSED.matcher(sentence).find() && !sentence.startsWith("Auf ")) {
            Set<Side> appellant = partyAfter(sentence, appeal.end());
            if (appellant.isEmpty()) {
                s.unattributedAppeal = true;
            } else {
                mark(s, appellant, false, partial);
            }
            return;
        }
        if (ACTION_DISMISSED.matcher(sentence).find()) {
            s.lost = true;
        }
        if (applicationFirst && LOSS_VERB.matcher(sentence).find()) {
            Set<Side> applicant = partyAfter(sentence, application.end());
            // "Der Antrag auf Zulassung der Berufung wird abgelehnt" names nobody: it was the citizen's.
            mark(s, applicant.isEmpty() ? EnumSet.of(Side.CITIZEN) : applicant, false, partial);
        }
        if (SUSPENSIVE.matcher(sentence).find()
                || ANNULLED.matcher(sentence).find() && ACT.matcher(sentence).find()) {
            s.won = true;
            s.partialWord |= partial;
        }
        if (OBLIGED.matcher(sentence).find()) {
            boolean citizenObliged = leadingParty(sentence).filter(p -> p == Side.CITIZEN).isPresent();
            s.won |= !citizenObliged;
            s.lost |= citizenObliged;
            s.partialWord |= partial;
        }
    }

    /** Records that the {@code parties}' request succeeded ({@code succeeded}) or failed. */
    private static void mark(Signals s, Set<Side> parties, boolean succeeded, boolean partial) {
        for (Side p : parties) {
            boolean citizenWins = (p == Side.CITIZEN) == succeeded;
            s.won |= citizenWins;
            s.lost |= !citizenWins;
        }
        s.partialWord |= partial;
    }

    private static void readCosts(String sentence, Signals s) {
        if (COST_SPLIT.matcher(sentence).find()) {
            s.costSplit = true;
            return;
        }
        leadingParty(sentence).ifPresent(s.costBearer::add);
        Matcher after = COST_VERB_AFTER.matcher(sentence);
        while (after.find()) {
            firstSide(after.group(1)).ifPresent(s.costBearer::add);
        }
        Matcher before = COST_VERB_BEFORE.matcher(sentence);
        while (before.find()) {
            firstSide(before.group(1)).ifPresent(s.costBearer::add);
        }
        s.noRefund |= NO_REFUND.matcher(sentence).find();
    }

    /** The sides named in the genitive phrase right after {@code from}, up to "gegen", "wird", a comma. */
    private static Set<Side> partyAfter(String sentence, int from) {
        String rest = sentence.substring(Math.min(from, sentence.length()));
        Matcher end = PARTY_PHRASE_END.matcher(rest);
        String phrase = end.find() ? rest.substring(0, end.start()) : rest;
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (String word : phrase.split("[\\s.,;:()]+")) {
            Side.of(word).ifPresent(sides::add);
        }
        return sides;
    }

    /** The side named as the subject at the start of a sentence ("Die Antragsgegnerin wird verpflichtet"). */
    private static Optional<Side> leadingParty(String sentence) {
        String[] words = sentence.split("\\s+", 4);
        return firstSide(String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length))));
    }

    private static Optional<Side> firstSide(String words) {
        for (String word : words.split("[\\s.,;:()]+")) {
            Optional<Side> side = Side.of(word);
            if (side.isPresent()) {
                return side;
            }
        }
        return Optional.empty();
    }
}
