package de.tenor.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The court's own verdict on worker status (§ 2 Abs. 2 Nr. 1 FreizügG/EU, Art. 45 AEUV) and the
 * sentence that states it.
 *
 * <p>Reads the reasons (after "Entscheidungsgründe" or "II.", before the Rechtsmittelbelehrung) in
 * order and takes the first sentence that applies the worker concept to the party: "Gemessen daran
 * ist die Antragstellerin … als Arbeitnehmerin anzusehen" (affirmed), "… stellt sich als völlig
 * untergeordnet und unwesentlich dar" (denied), "Ob … Arbeitnehmer ist, kann offenbleiben" (open).
 * Not the court's verdict, so skipped: what parties and authorities argue (reported speech, "sei",
 * "macht geltend"), what the lower court held (unless the court says it did so "zu Recht" or "zu
 * Unrecht"), what other courts decided (EuGH, BSG, "Rechtssache Genc"), the general test ("Arbeitnehmer
 * ist, wer …") and conditions ("wenn der Kläger Arbeitnehmer ist"). Stateless.
 */
final class WorkerStatusFinder {

    record Verdict(WorkerStatus status, String evidence) {
    }

    /** A verdict and whether it concerns retained status after the job ended (§ 2 Abs. 3 FreizügG/EU). */
    record Judgement(WorkerStatus status, boolean retained) {
    }

    static final int MAX_EVIDENCE_CHARS = 600;

    private static final Pattern WORKER = Pattern.compile(
            "(?U)\\bArbeitnehmer(?:in|innen|s|\\*in)?\\b|\\bArbeitnehmer(?:eigenschaft|status)\\b");
    private static final Pattern MARGINAL = Pattern.compile(
            "(?U)völlig untergeordnet|untergeordnet und unwesentlich|unwesentlich und untergeordnet|völlig unwesentlich");
    private static final Pattern GENUINE = Pattern.compile("(?U)tatsächliche[n]? und echte[n]?|tatsächlich und echt");
    private static final Pattern OPEN = Pattern.compile("(?U)(?i)offen ?(?:bleiben|gelassen|lassen)|offenbleib\\w*|bleibt offen"
            + "|dahin ?stehen|dahinstehen\\w*|dahingestellt|nicht abschließend|weitere[rn]? (?:Aufklärung|Ermittlungen|Feststellungen"
            + "|Sachaufklärung)|vorbehalten|nicht (?:mehr )?veranlasst|erübrigt|bedarf (?:hier )?keiner|kommt es nicht an"
            + "|zu prüfen haben|Sache des (?:vorlegenden |nationalen )?Gerichts|im Hauptsacheverfahren zu (?:klären|prüfen)"
            + "|lässt sich (?:derzeit |im Eilverfahren )?nicht (?:abschließend )?(?:beurteilen|feststellen|klären)"
            + "|Erfolgsaussichten \\w+ (?:\\w+ )?offen|erfordert (?:weitere )?Feststellungen|(?:reicht|reichen) (?:\\w+ )?nicht aus"
            + "|fehlt es an (?:den |der )?(?:\\w+ )?Feststellungen|nicht (?:hinreichend|ausreichend) (?:festgestellt|aufgeklärt|geklärt)"
            + "|in Betracht kommt|in Betracht kommen|möglich erscheint|nicht ausgeschlossen");
    /** The court applying case law in its own words: "nach der Rechtsprechung des EuGH ist die Klägerin …". */
    private static final Pattern CASE_LAW_APPLIED = Pattern.compile(
            "(?U)\\b(?:nach|gemäß|entsprechend) (?:der )?(?:ständigen |ständiger |gefestigten )?Rechtsprechung (?:des|der) \\p{L}+");
    /** An overall assessment still to be made is about worker status too ("Diese Gesamtbetrachtung erfordert …"). */
    private static final Pattern ASSESSMENT = Pattern.compile("(?U)Gesamtbetrachtung|Gesamtwürdigung|Gesamtschau");
    /** Contained in every match of WORKER, MARGINAL, GENUINE or ASSESSMENT; keep in step with them. */
    private static final List<String> VERDICT_WORDS = List.of("Arbeitnehmer", "untergeordnet", "unwesentlich", "tatsächlich",
            "Gesamt");
    // REPORTED and OTHER_COURT are tried only where one of their words starts (issue 21: they run on every sentence
    // with a verdict word); keep the words in step with the patterns.
    static final PrefixedPattern REPORTED = new PrefixedPattern(Pattern.compile("(?U)\\b(?:sei|seien|habe|könne|müsse|werde|fehle"
            + "|begründe|vermittle|vermittele|erfülle|liege|bestehe|reiche|decke|sichere|handle|handele|übe|ausübe|gehe|stelle)\\b"),
            List.of("sei", "habe", "könne", "müsse", "werde", "fehle", "begründe", "vermittle", "vermittele", "erfülle", "liege",
                    "bestehe", "reiche", "decke", "sichere", "handle", "handele", "übe", "ausübe", "gehe", "stelle"));
    private static final Pattern ATTRIBUTED = Pattern.compile("(?U)\\b(?:trägt|trug) \\w*\\s?vor\\b|\\bmacht\\w* geltend|\\bmeint"
            + "|ist der (?:Auffassung|Ansicht|Meinung)|\\bvertr(?:itt|at)\\b|\\brügt|\\bbehauptet|\\bargumentiert|\\bführt\\w* aus"
            + "|Zur Begründung|\\bstützt\\w*|beruft sich|\\bverweist|\\bverwies|hält an|in Zweifel|bezweifel\\w*|^Streitig"
            + "|^(?:Im Streit|Umstritten|Zwischen den Beteiligten)");
    static final PrefixedPattern OTHER_COURT = new PrefixedPattern(Pattern.compile("(?U)\\b(?:EuGH|Gerichtshof|Rechtssache|Rs\\.|BSG"
            + "|Bundessozialgericht|BVerwG|Bundesverwaltungsgericht|Genc|Levin|Kempf|Megner|Lawrie-Blum|entschiedenen Fall|vgl\\.)"),
            List.of("EuGH", "Gerichtshof", "Rechtssache", "Rs.", "BSG", "Bundessozialgericht", "BVerwG", "Bundesverwaltungsgericht",
                    "Genc", "Levin", "Kempf", "Megner", "Lawrie-Blum", "entschiedenen Fall", "vgl."));
    /** The court below or the authority: their view counts only as far as the court endorses or rejects it. */
    private static final Pattern OTHER_ACTOR = Pattern.compile("(?U)\\b(?:Sozialgericht\\w*|Verwaltungsgericht\\w*"
            + "|Landessozialgericht\\w*|Oberverwaltungsgericht\\w*|Vorinstanz|Berufungsgericht\\w*|erstinstanzliche\\w* Gericht"
            + "|Antragsgegner\\w*|Beklagte\\w*|Behörde|Jobcenter\\w*|Ausländerbehörde|Beigeladene\\w*|Bescheid\\w*"
            + "|Widerspruchsbescheid\\w*|Verfügung|Ordnungsverfügung)\\b");
    private static final Pattern WRONGLY = Pattern.compile("(?U)zu Unrecht|rechtsfehlerhaft|fehlerhaft|verkannt|überspannt");
    private static final Pattern RIGHTLY = Pattern.compile("(?U)zu Recht|zutreffend|richtigerweise|rechtsfehlerfrei|entgegen"
            + "|(?:bindenden |nicht angegriffenen |den )?Feststellungen (?:des|der)");
    /** The party or the court applying the test to it. */
    private static final Pattern PARTY = Pattern.compile("(?U)\\b(?:Kläger(?:in|s)?|Antragsteller(?:in|s)?|Beschwerdeführer(?:in|s)?"
            + "|Berufungskläger(?:in|s)?|Revisionskläger(?:in|s)?|Betroffene[rn]?|er|sie|ihm|ihr|seine[mnrs]?|ihre[mnrs]?)\\b"
            + "|^(?:Er|Sie|Gemessen (?:daran|hieran)|Danach|Nach (?:diesen|den genannten|diesem|dieser) Maßst\\w*|Unter (?:Anwendung"
            + "|Berücksichtigung) dieser|Ausgehend (?:hiervon|davon)|Hiervon ausgehend|Vor diesem Hintergrund|Nach alledem"
            + "|Auf dieser Grundlage)\\b|\\b(?:[Dd]ie|[Dd]iese) (?:Tätigkeit|Beschäftigung) (?:als|des|der|von|bei)\\b");
    private static final Pattern GENERIC = Pattern.compile("(?U)\\b(?:wer|jemand|eine Person|die betreffende Person|Tätigkeiten"
            + "|Begriff\\w*|Unionsbürger, die|von vornherein|nicht schon deshalb)\\b|^(?:Ob |Auch |Selbst |Bereits |Schon )?[Ee]ine (?:\\w+ )?(?:Tätigkeit|Beschäftigung)\\b");
    /** A condition or a question ("wenn der Kläger Arbeitnehmer ist", "ob die Klägerin Arbeitnehmerin ist") states no verdict. */
    /** The benefits exclusion: a worker is exempt from it. */
    private static final Pattern EXCLUSION = Pattern.compile("(?U)Leistungsausschluss\\w*|ausgeschlossen|Ausschluss\\w*|ausgenommen"
            + "|\\berfasst\\b|unterfällt|unterfiel");
    private static final Pattern EXEMPT = Pattern.compile("(?U)\\bausgenommen\\b");
    /** Negation of the worker term itself: "nicht als Arbeitnehmer", "kein Arbeitnehmer", "mangels Arbeitnehmereigenschaft". */
    private static final Pattern DIRECT_NEGATION = Pattern.compile("(?U)\\b(?:nicht(?: mehr)? als|nicht|kein\\w*|mangels|weder)\\s+(?:\\w+\\s+){0,1}$");
    private static final Pattern RETAINED = Pattern.compile("(?U)fortwirk\\w*|fortbesteh\\w*|erhalten geblieben|Abs\\. 3 FreizügG|Abs\\. 3 Satz");
    private static final Pattern CONDITION = Pattern.compile("(?U)\\b(?:wenn|falls|sofern|soweit|solange|ob)\\b");
    /** "… ist Arbeitnehmer, wenn …" states a rule; "auch wenn" concedes and still decides. */
    private static final Pattern CONDITION_AFTER = Pattern.compile("(?U)(?<!auch |selbst )\\b(?:wenn|falls|sofern)\\b(?! auch)");
    private static final Pattern NEGATION = Pattern.compile("(?U)\\b(?:nicht|kein\\w*|weder|nie|niemals|mangels|verneint\\w*|verneinen"
            + "|fehlt|fehlte|scheidet\\w* aus|abzusprechen|mangelt\\w*|entfallen|entfällt)\\b");
    private static final Pattern NOT_A_NEGATION = Pattern.compile(
            "(?U)nicht nur|nicht lediglich|nicht zuletzt|keine[n]? (?:ernstlichen |durchgreifenden )?(?:Zweifel|Bedenken)|nicht zweifelhaft");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?U)[,;:]\\s+|\\s(?:und damit|sodass|so dass|weshalb|weil|da)\\s");
    private static final Pattern REASONS_START = Pattern.compile("(?U)^(?:Entscheidungsgründe|E n t s c h e i d u n g s g r ü n d e"
            + "|II\\.)(?:\\s|:|$)");
    private static final Pattern REASONS_END = Pattern.compile("(?U)^(?:Rechtsmittelbelehrung|Rechtsbehelfsbelehrung)");

    private WorkerStatusFinder() {
    }

    static Optional<Verdict> find(List<Paragraph> body) {
        return find(body, i -> Sentences.split(body.get(i).text()));
    }

    /** @param sentences the sentences of {@code body.get(i)}, as {@link Sentences#split} gives them (a caller that split them already) */
    static Optional<Verdict> find(List<Paragraph> body, IntFunction<List<String>> sentences) {
        int start = 0;
        for (int i = 0; i < body.size(); i++) {
            if (REASONS_START.matcher(body.get(i).text().strip()).find()) {
                start = i;
                break;
            }
        }
        Verdict retained = null;
        for (int i = start; i < body.size(); i++) {
            Paragraph p = body.get(i);
            if (REASONS_END.matcher(p.text().strip()).find()) {
                break;
            }
            if (p.heading()) {
                continue;
            }
            for (String sentence : sentences.apply(i)) {
                Optional<Judgement> j = judgement(sentence);
                if (j.isPresent() && !j.get().retained()) {
                    return Optional.of(new Verdict(j.get().status(), evidence(sentence)));
                }
                if (j.isPresent() && retained == null) {
                    retained = new Verdict(j.get().status(), evidence(sentence));
                }
            }
        }
        // Whether status survived the job's end decides only when nothing else does.
        return Optional.ofNullable(retained);
    }

    /** The verdict this sentence states, if it is the court's own verdict on the party. */
    static Optional<WorkerStatus> judge(String raw) {
        return judgement(raw).map(Judgement::status);
    }

    private static Optional<Judgement> judgement(String raw) {
        // A verdict needs the worker term, the EuGH test or an overall assessment (the first check below); the
        // words they all contain spare the other sentences the cleaning and fifteen patterns (issue 21).
        if (VERDICT_WORDS.stream().noneMatch(raw::contains)) {
            return Optional.empty();
        }
        String s = CASE_LAW_APPLIED.matcher(FactSentence.stripCitations(raw).replaceFirst("^(?:II|I|\\d{1,2})\\.\\s+", ""))
                .replaceAll(" ");
        Matcher marginal = MARGINAL.matcher(s);
        Matcher genuine = GENUINE.matcher(s);
        Matcher worker = WORKER.matcher(s);
        boolean hasMarginal = marginal.find();
        boolean hasGenuine = genuine.find();
        boolean hasWorker = worker.find();
        boolean assessment = ASSESSMENT.matcher(s).find();
        if (!hasMarginal && !hasGenuine && !hasWorker && !assessment || REPORTED.foundIn(s)
                || ATTRIBUTED.matcher(s).find() || OTHER_COURT.foundIn(s) || GENERIC.matcher(s).find()) {
            return Optional.empty();
        }
        boolean retained = RETAINED.matcher(s).find();
        if (OPEN.matcher(s).find()) {
            return Optional.of(new Judgement(WorkerStatus.OPEN, retained));
        }
        if (!hasMarginal && !hasGenuine && !hasWorker) {
            return Optional.empty();
        }
        int topic = hasMarginal ? marginal.start() : hasGenuine ? genuine.start() : worker.start();
        if (!PARTY.matcher(s).find() || CONDITION.matcher(s.substring(0, topic)).find()
                || CONDITION_AFTER.matcher(s.substring(topic)).find()) {
            return Optional.empty();
        }
        boolean other = OTHER_ACTOR.matcher(s).find();
        boolean flip = other && WRONGLY.matcher(s).find();
        if (other && !flip && !RIGHTLY.matcher(s).find()) {
            return Optional.empty(); // only reports what the court below or the authority held
        }
        Optional<Boolean> affirmed;
        if (hasMarginal) {
            affirmed = Optional.of(negations(clauseBefore(s, marginal.start())) % 2 == 1);
        } else if (hasGenuine) {
            affirmed = Optional.of(negations(clauseBefore(s, genuine.start())) % 2 == 0);
        } else {
            affirmed = workerClause(clauseAround(s, worker.start(), worker.end()), worker.start() - lastBreakBefore(s, worker));
        }
        return affirmed.map(a -> new Judgement(a != flip ? WorkerStatus.AFFIRMED : WorkerStatus.DENIED, retained));
    }

    /**
     * "ist (nicht) als Arbeitnehmerin anzusehen", "Die Arbeitnehmereigenschaft fehlt", and the
     * exclusion form: "ist als Arbeitnehmerin vom Leistungsausschluss nicht erfasst" (a worker, so not
     * excluded), "ist mangels Arbeitnehmereigenschaft vom Leistungsausschluss erfasst" (no worker).
     *
     * @param at where the worker term starts within {@code clause}
     */
    private static Optional<Boolean> workerClause(String clause, int at) {
        if (!EXCLUSION.matcher(clause).find()) {
            return Optional.of(negations(clause) % 2 == 0);
        }
        String before = clause.substring(0, Math.max(0, Math.min(at, clause.length())));
        if (DIRECT_NEGATION.matcher(before).find()) {
            return Optional.of(false);
        }
        int rest = negations(clause);
        if (EXEMPT.matcher(clause).find()) {
            return rest % 2 == 0 ? Optional.of(true) : Optional.empty();
        }
        return rest % 2 == 1 ? Optional.of(true) : Optional.empty();
    }

    private static int lastBreakBefore(String s, Matcher worker) {
        int from = lastBreak(s, worker.start());
        if (from > 0 && s.substring(from, worker.start()).strip().startsWith("dass")) {
            from = lastBreak(s, Math.max(0, from - 2));
        }
        return from;
    }

    private static int negations(String clause) {
        String c = NOT_A_NEGATION.matcher(clause).replaceAll(" ");
        Matcher m = NEGATION.matcher(c);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** From the start of the clause (or of the clause before a "dass …" clause) up to {@code at}. */
    private static String clauseBefore(String s, int at) {
        int from = lastBreak(s, at);
        if (from > 0 && s.substring(from, at).strip().startsWith("dass")) {
            from = lastBreak(s, Math.max(0, from - 2));
        }
        return s.substring(from, at);
    }

    /** The whole clause around a match; a "dass …" clause includes the clause that introduces it. */
    private static String clauseAround(String s, int start, int end) {
        Matcher m = CLAUSE_BREAK.matcher(s);
        int to = s.length();
        if (m.find(end)) {
            to = m.start();
        }
        return clauseBefore(s, start) + s.substring(start, to);
    }

    private static int lastBreak(String s, int before) {
        Matcher m = CLAUSE_BREAK.matcher(s.substring(0, before));
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }

    private static String evidence(String sentence) {
        String s = FactSentence.withoutOpenCitation(Texts.normalizeSpace(sentence));
        return s.length() <= MAX_EVIDENCE_CHARS ? s : s.substring(0, MAX_EVIDENCE_CHARS - 1) + "…";
    }
}
