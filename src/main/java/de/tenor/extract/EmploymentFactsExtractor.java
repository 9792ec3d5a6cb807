package de.tenor.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extracts the {@link EmploymentFacts} of a ruling about worker status (issue 11): hours, pay,
 * hourly wage, job and its start from the facts and the reasons, and the verdict from the reasons.
 *
 * <p>Every plain mention of a fact in a sentence about this case is a vote; sentences that name
 * the party or the job weigh double, and a total the court forms ("insgesamt 10 Stunden") wins over
 * the parts of several jobs. Facts a ruling repeats (in the Tatbestand, the authority's reasons, the
 * court's assessment) thus beat a number mentioned once. When two different values weigh the same
 * (two jobs, a changed contract) the field stays null: unsure is unknown, never a guess. Rulings on
 * other subjects (no worker-status test in the text) get no facts at all. Thread-safe, stateless.
 */
public final class EmploymentFactsExtractor {

    /** The text must be about the EU worker test before any number in it is read as a job fact. */
    private static final Pattern ON_TOPIC = Pattern.compile("(?U)Arbeitnehmereigenschaft|Arbeitnehmerstatus|Arbeitnehmerbegriff"
            + "|völlig untergeordnet|untergeordnet und unwesentlich|tatsächliche[n]? und echte|tatsächlich und echt|FreizügG"
            + "|Freizügigkeit|Verlustfeststellung|Leistungsausschluss|Art\\. 45 AEUV|Art\\. 39 EG");
    private static final Pattern END = Pattern.compile("(?U)^(?:Rechtsmittelbelehrung|Rechtsbehelfsbelehrung)");

    /** Facts of the ruling whose body (paragraphs in reading order) is given; {@code decided} may be null. */
    public EmploymentFacts extract(List<Paragraph> body, LocalDate decided) {
        if (body == null || body.isEmpty()) {
            return EmploymentFacts.NONE;
        }
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : body) {
            if (END.matcher(p.text().strip()).find()) {
                break;
            }
            if (!p.heading()) {
                paragraphs.add(p.text());
            }
        }
        if (!ON_TOPIC.matcher(String.join("\n", paragraphs)).find()) {
            return EmploymentFacts.NONE;
        }
        Votes<String> hours = new Votes<>();
        Votes<Double> pay = new Votes<>();
        Votes<Double> wage = new Votes<>();
        Votes<String> jobs = new Votes<>();
        Votes<LocalDate> starts = new Votes<>();
        for (String paragraph : paragraphs) {
            for (String raw : Sentences.split(paragraph)) {
                FactSentence s = FactSentence.of(raw);
                if (s.excluded()) {
                    continue;
                }
                double weight = s.personal() ? 2 : 1;
                for (HoursParser.Hours h : HoursParser.find(s.text())) {
                    hours.add(h.low() + "-" + h.high(), weight + (h.summed() ? 3 : 0));
                }
                for (PayParser.Pay p : PayParser.find(s.text())) {
                    if (p.kind() == PayParser.Kind.HOURLY) {
                        wage.add(p.euros(), weight);
                    } else {
                        pay.add(p.euros(), weight * (p.explicit() ? 1 : 0.5) + (p.summed() ? 3 : 0));
                    }
                }
                for (String job : JobParser.jobs(s.text())) {
                    jobs.add(job, weight);
                }
                for (JobParser.Start start : JobParser.starts(s.text(), decided)) {
                    starts.add(start.date(), weight);
                }
            }
        }
        Optional<String> range = hours.winner();
        Double low = range.map(r -> Double.valueOf(r.substring(0, r.indexOf('-')))).orElse(null);
        Double high = range.map(r -> Double.valueOf(r.substring(r.indexOf('-') + 1))).orElse(null);
        Optional<WorkerStatusFinder.Verdict> verdict = WorkerStatusFinder.find(body);
        return new EmploymentFacts(low, high != null && !high.equals(low) ? high : null, pay.winner().orElse(null),
                wage.winner().orElse(null), starts.winner().orElse(null), jobs.first().orElse(null),
                verdict.map(WorkerStatusFinder.Verdict::status).orElse(null),
                verdict.map(WorkerStatusFinder.Verdict::evidence).orElse(null));
    }

    /** Weighted votes per value, in order of first mention. */
    private static final class Votes<T> {
        private final Map<T, Double> weights = new LinkedHashMap<>();

        void add(T value, double weight) {
            weights.merge(value, weight, Double::sum);
        }

        /** The heaviest value; empty when another value weighs as much. */
        Optional<T> winner() {
            T best = null;
            double top = 0;
            boolean tie = false;
            for (var e : weights.entrySet()) {
                if (e.getValue() > top) {
                    best = e.getKey();
                    top = e.getValue();
                    tie = false;
                } else if (e.getValue() == top) {
                    tie = true;
                }
            }
            return tie ? Optional.empty() : Optional.ofNullable(best);
        }

        /** The heaviest value; on a tie the one mentioned first (a job title is no number to get wrong). */
        Optional<T> first() {
            return weights.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
        }
    }
}
