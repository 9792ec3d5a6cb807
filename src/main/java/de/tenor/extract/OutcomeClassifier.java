package de.tenor.extract;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outcome of a ruling, from the EU citizen's side, off its Tenor (docs/DOMAIN.md "Outcome").
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
    /** A declaratory judgment grants what the claimant (the citizen) asked for: "Es wird festgestellt, dass …". */
    private static final Pattern DECLARED = Pattern.compile("^Es wird festgestellt\\b");
    private static final Pattern LEAVE = Pattern.compile("\\bZulassung\\b");
    private static final Pattern OBLIGED = Pattern.compile("\\b(?:verpflichtet|verurteilt)\\b");
    private static final Pattern ANNULLED = Pattern.compile("\\baufgehoben\\b");
    /** What the authority decided; setting one of these aside is a win. A court's decision is not one of them. */
    private static final Pattern ACT = Pattern.compile(
            "(?:(?<!Gerichts)[Bb]escheid|[Vv]erfügung|Feststellung|Abschiebungsandrohung|Ausreiseaufforderung|Entscheidung der)");
    private static final Pattern PARTIAL_WORD = Pattern.compile("\\b(?:teilweise|insoweit|soweit)\\b");
    private static final Pattern PKH = Pattern.compile("Prozesskostenhilfe|\\bPKH\\b");
    private static final Pattern MORE_THAN_PKH = Pattern.compile(
            "Rechtsschutz|aufschiebende|einstweiligen? Anordnung|Klage wird|Bescheid|Verfügung");
    /** "für das Verfahren des einstweiligen Rechtsschutzes": names the proceedings legal aid is for, not a ruling on them. */
    private static final Pattern WHICH_PROCEEDINGS = Pattern.compile(
            "\\b(?:für|im|in)\\s+(?:das|den|dem|die)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]*[vV]erfahren\\w*|Rechtsschutz\\w*"
                    + "|Rechtszug\\w*|Instanz)(?:\\s+(?:des|der)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*)?");
    /**
     * A change of payer: the Beigeladene (the city as SGB XII or AsylbLG payer) is obliged instead of
     * the Jobcenter. The citizen gets benefits, but not from the authority sued: "other" (docs/DOMAIN.md).
     */
    private static final Pattern PAYER_OBLIGED = Pattern.compile(
            "^(?:Die|Der)\\s+Beigeladene[n]?\\b(?:\\s+zu\\s+\\d\\.?)?.*\\b(?:verpflichtet|verurteilt)\\b");
    private static final Pattern COSTS = Pattern.compile("\\b(?:Kosten|Gerichtskosten)\\b");
    private static final Pattern COST_SPLIT = Pattern.compile(
            "\\bzu\\s?\\d+\\s?/\\s?\\d+|\\b(?:ein|einem|zwei|drei) (?:Drittel|Viertel|Fünftel)|\\bHälfte\\b"
                    + "|gegeneinander aufgehoben|\\d+\\s?(?:%|v\\. ?H\\.|Prozent)");
    private static final Pattern COST_VERB_AFTER = Pattern.compile("\\b(?:trägt|tragen)((?:\\s+\\S+){1,3})");
    private static final Pattern COST_VERB_BEFORE = Pattern.compile("((?:\\S+\\s+){1,3})auferlegt\\b");
    private static final Pattern NO_REFUND = Pattern.compile("nicht zu erstatten|keine Kosten zu erstatten|nicht erstattungsfähig");
    private static final Pattern PARTY_PHRASE_END = Pattern.compile("\\s(?:gegen|wird|werden|ist|sind|vom|auf|wegen)\\s|,");

    /**
     * Everything one tenor says; the decision rules in {@link #decide} read only these fields.
     * Each {@code …At} field keeps the first sentence that raised the signal, as evidence.
     */
    private static final class Signals {
        String wonAt, lostAt, leaveAt, remandAt, otherAt, restLostAt, partialAt, costSplitAt, appealAt, costAt, pkhAt;
        /** The payer-change sentence; "Auf die Beschwerde … geändert" with nothing of its own (issue 20). */
        String payerAt, bareChangeAt;
        /** Whether a sentence after the first winning one also wins. */
        boolean furtherWin;
        boolean mainSentence;
        Set<Side> costBearer = EnumSet.noneOf(Side.class);
        boolean noRefund;

        static String first(String current, String sentence) {
            return current != null ? current : sentence;
        }
    }

    /**
     * An outcome and the tenor sentence(s) it rests on.
     *
     * @param evidence the deciding sentence as printed (two joined by " … " when a second one
     *                 qualifies the first, as for partial wins); null when the outcome is unknown
     */
    public record Verdict(Outcome outcome, String evidence) {
        public Verdict {
            java.util.Objects.requireNonNull(outcome, "outcome");
        }

        static Verdict unknown() {
            return new Verdict(Outcome.UNKNOWN, null);
        }
    }

    /** The outcome for a tenor; {@link Outcome#UNKNOWN} when there is none or it cannot be read. */
    public Outcome classify(String tenor) {
        return judge(tenor).outcome();
    }

    /** The outcome for a tenor together with the sentence that decided it. */
    public Verdict judge(String tenor) {
        List<String> sentences = Sentences.split(tenor);
        if (sentences.isEmpty()) {
            return Verdict.unknown();
        }
        Signals s = new Signals();
        for (String sentence : sentences) {
            // A sentence that only grants or refuses legal aid says nothing about the merits.
            boolean pkh = PKH.matcher(sentence).find()
                    && !MORE_THAN_PKH.matcher(WHICH_PROCEEDINGS.matcher(sentence).replaceAll("")).find();
            if (pkh) {
                s.pkhAt = Signals.first(s.pkhAt, sentence);
            }
            if (REMAND.matcher(sentence).find()) {
                // "… zur erneuten Verhandlung und Entscheidung, auch über die Kosten, zurückverwiesen" is no cost decision.
                s.mainSentence = true;
                s.remandAt = Signals.first(s.remandAt, sentence);
                continue;
            }
            boolean costs = COSTS.matcher(sentence).find();
            if (costs) {
                readCosts(sentence, s);
            }
            if (!pkh && !(costs && !LOSS_VERB.matcher(sentence).find() && !OBLIGED.matcher(sentence).find())) {
                readMain(sentence, s);
            }
        }
        return decide(s, s.pkhAt != null && !s.mainSentence);
    }

    private static Verdict decide(Signals s, boolean pkhOnly) {
        if (s.remandAt != null) {
            return new Verdict(Outcome.OTHER, s.remandAt);
        }
        if (s.payerAt != null) {
            return new Verdict(Outcome.OTHER, s.payerAt);
        }
        if (s.pkhAt != null && s.bareChangeAt != null && s.bareChangeAt.equals(s.wonAt) && !s.furtherWin && s.lostAt == null
                && s.restLostAt == null && s.otherAt == null) {
            // "Auf die Beschwerde der Klägerin wird der Beschluss … geändert. Der Klägerin wird Prozesskostenhilfe
            // bewilligt": what changes is legal aid only.
            return new Verdict(Outcome.OTHER, s.bareChangeAt + " … " + s.pkhAt);
        }
        if (s.wonAt != null && s.lostAt != null) {
            return Verdict.unknown();
        }
        if (s.wonAt != null) {
            String qualifier = s.restLostAt != null ? s.restLostAt : s.costSplitAt != null ? s.costSplitAt : s.partialAt;
            return qualifier == null ? new Verdict(Outcome.WON, s.wonAt)
                    : new Verdict(Outcome.PARTIAL, qualifier.equals(s.wonAt) ? s.wonAt : s.wonAt + " … " + qualifier);
        }
        if (s.lostAt != null || s.restLostAt != null) {
            return new Verdict(Outcome.LOST, s.lostAt != null ? s.lostAt : s.restLostAt);
        }
        if (s.leaveAt != null) {
            // Whoever applied for leave to appeal and failed bears its costs; without a cost line it was the citizen.
            boolean authorityApplied = s.costBearer.size() == 1 && s.costBearer.contains(Side.AUTHORITY);
            String evidence = s.costAt == null ? s.leaveAt : s.leaveAt + " … " + s.costAt;
            return new Verdict(authorityApplied ? Outcome.WON : Outcome.LOST, evidence);
        }
        if (s.otherAt != null) {
            return new Verdict(Outcome.OTHER, s.otherAt);
        }
        if (s.appealAt != null) {
            // "Die Beschwerde wird zurückgewiesen": only the costs tell whose appeal it was.
            String evidence = s.costAt == null ? s.appealAt : s.appealAt + " … " + s.costAt;
            if (s.costBearer.size() == 1) {
                return new Verdict(s.costBearer.contains(Side.CITIZEN) ? Outcome.LOST : Outcome.WON, evidence);
            }
            return s.costBearer.isEmpty() && s.noRefund ? new Verdict(Outcome.LOST, evidence) : Verdict.unknown();
        }
        return pkhOnly ? new Verdict(Outcome.OTHER, s.pkhAt) : Verdict.unknown();
    }

    private static void readMain(String sentence, Signals s) {
        s.mainSentence = true;
        if (REMAND.matcher(sentence).find()) {
            s.remandAt = Signals.first(s.remandAt, sentence);
            return;
        }
        if (OTHER.matcher(sentence).find() && !LOSS_VERB.matcher(sentence).find()) {
            s.otherAt = Signals.first(s.otherAt, sentence);
            return;
        }
        if (REST.matcher(sentence).find() && LOSS_VERB.matcher(sentence).find()) {
            s.restLostAt = Signals.first(s.restLostAt, sentence);
            return;
        }
        if (PAYER_OBLIGED.matcher(sentence).find()) {
            s.payerAt = Signals.first(s.payerAt, sentence);
            return;
        }
        boolean partial = PARTIAL_WORD.matcher(sentence).find();
        Matcher succeeds = APPEAL_SUCCEEDS.matcher(sentence);
        if (succeeds.find()) {
            mark(s, partyAfter(sentence, 4), true, partial, sentence);
            boolean ownSubstance = OBLIGED.matcher(sentence).find() || SUSPENSIVE.matcher(sentence).find()
                    || ACT.matcher(sentence).find() || LOSS_VERB.matcher(sentence).find();
            if (!ownSubstance) {
                s.bareChangeAt = Signals.first(s.bareChangeAt, sentence);
            }
        }
        Matcher appeal = APPEAL.matcher(sentence);
        Matcher application = APPLICATION.matcher(sentence);
        boolean applicationFirst = application.find() && !(appeal.find() && appeal.start() < application.start());
        if (!applicationFirst && appeal.find(0) && LOSS_VERB.matcher(sentence).find()
                && !ACTION_DISMISSED.matcher(sentence).find() && !sentence.startsWith("Auf ")) {
            Set<Side> appellant = partyAfter(sentence, appeal.end());
            if (appellant.isEmpty()) {
                s.appealAt = Signals.first(s.appealAt, sentence);
            } else {
                mark(s, appellant, false, partial, sentence);
            }
            return;
        }
        if (ACTION_DISMISSED.matcher(sentence).find()) {
            s.lostAt = Signals.first(s.lostAt, sentence);
        }
        if (applicationFirst && LOSS_VERB.matcher(sentence).find()) {
            Set<Side> applicant = partyAfter(sentence, application.end());
            if (applicant.isEmpty() && LEAVE.matcher(sentence).find()) {
                // "Der Antrag auf Zulassung der Berufung wird abgelehnt" names nobody: the costs may tell.
                s.leaveAt = Signals.first(s.leaveAt, sentence);
            } else {
                mark(s, applicant.isEmpty() ? EnumSet.of(Side.CITIZEN) : applicant, false, partial, sentence);
            }
        }
        if (SUSPENSIVE.matcher(sentence).find() || DECLARED.matcher(sentence).find()
                || ANNULLED.matcher(sentence).find() && ACT.matcher(sentence).find()) {
            won(s, sentence, partial);
        }
        if (OBLIGED.matcher(sentence).find()) {
            boolean citizenObliged = leadingParty(sentence).filter(p -> p == Side.CITIZEN).isPresent();
            if (citizenObliged) {
                s.lostAt = Signals.first(s.lostAt, sentence);
            } else {
                won(s, sentence, partial);
            }
        }
    }

    private static void won(Signals s, String sentence, boolean partial) {
        s.furtherWin |= s.wonAt != null && !s.wonAt.equals(sentence);
        s.wonAt = Signals.first(s.wonAt, sentence);
        if (partial) {
            s.partialAt = Signals.first(s.partialAt, sentence);
        }
    }

    /** Records that the {@code parties}' request succeeded ({@code succeeded}) or failed. */
    private static void mark(Signals s, Set<Side> parties, boolean succeeded, boolean partial, String sentence) {
        for (Side p : parties) {
            boolean citizenWins = (p == Side.CITIZEN) == succeeded;
            if (citizenWins) {
                won(s, sentence, partial);
            } else {
                s.lostAt = Signals.first(s.lostAt, sentence);
            }
        }
    }

    private static void readCosts(String sentence, Signals s) {
        if (COST_SPLIT.matcher(sentence).find()) {
            s.costSplitAt = Signals.first(s.costSplitAt, sentence);
            return;
        }
        s.costAt = Signals.first(s.costAt, sentence);
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
