package de.tenor.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    static final PrefixedPattern ON_TOPIC = new PrefixedPattern(Pattern.compile("(?U)Arbeitnehmereigenschaft|Arbeitnehmerstatus|Arbeitnehmerbegriff"
            + "|völlig untergeordnet|untergeordnet und unwesentlich|tatsächliche[n]? und echte|tatsächlich und echt|FreizügG"
            + "|Freizügigkeit|Verlustfeststellung|Leistungsausschluss|Art\\. 45 AEUV|Art\\. 39 EG"),
            // where a match can start (issue 21: no scan of the whole text); keep in step with the pattern
            List.of("Arbeitnehmereigenschaft", "Arbeitnehmerstatus", "Arbeitnehmerbegriff", "völlig untergeordnet",
                    "untergeordnet und unwesentlich", "tatsächliche", "tatsächlich und echt", "FreizügG", "Freizügigkeit",
                    "Verlustfeststellung", "Leistungsausschluss", "Art. 45 AEUV", "Art. 39 EG"));
    private static final Pattern END = Pattern.compile("(?U)^(?:Rechtsmittelbelehrung|Rechtsbehelfsbelehrung)");

    /** Facts of the ruling whose body (paragraphs in reading order) is given; {@code decided} may be null. */
    public EmploymentFacts extract(List<Paragraph> body, LocalDate decided) {
        if (body == null || body.isEmpty()) {
            return EmploymentFacts.NONE;
        }
        List<Integer> read = new ArrayList<>(); // the places in body of the paragraphs read
        for (int i = 0; i < body.size(); i++) {
            Paragraph p = body.get(i);
            if (END.matcher(p.text().strip()).find()) {
                break;
            }
            if (!p.heading()) {
                read.add(i);
            }
        }
        if (!ON_TOPIC.foundIn(read.stream().map(i -> body.get(i).text()).collect(Collectors.joining("\n")))) {
            return EmploymentFacts.NONE;
        }
        // Sentences about an earlier, closed period count only for a field no other sentence gives (issue 20).
        Tally now = new Tally();
        Tally earlier = new Tally();
        // The worker status is read from the same paragraphs' sentences: split once (issue 21).
        List<List<String>> sentences = new ArrayList<>(Collections.nCopies(body.size(), (List<String>) null));
        for (int i : read) {
            List<String> split = Sentences.split(body.get(i).text());
            sentences.set(i, split);
            for (String raw : split) {
                String text = FactSentence.clean(raw);
                SentenceFacts found = SentenceFacts.in(text, decided);
                // Judging a sentence costs seven patterns; one that states no fact has nothing to judge (issue 21).
                // Its rejected claim is a part of it, so it has no fact to strike out either.
                if (found.isEmpty()) {
                    continue;
                }
                FactSentence s = FactSentence.judge(text);
                // A claim the court rejects is struck out wherever it recurs (the Tatbestand reports it too).
                now.veto(s.rejected());
                earlier.veto(s.rejected());
                if (!s.excluded()) {
                    (s.earlier() ? earlier : now).add(found, s.personal());
                }
            }
        }
        // Hours and pay of the earlier job are no stand-in for those missing of the current one: all or nothing.
        Tally numbers = now.hasNumbers() ? now : earlier;
        Optional<double[]> range = numbers.hours.winner();
        Double low = range.map(r -> r[0]).orElse(null);
        Double high = range.map(r -> r[1]).orElse(null);
        Optional<WorkerStatusFinder.Verdict> verdict = WorkerStatusFinder.find(body,
                i -> sentences.get(i) != null ? sentences.get(i) : Sentences.split(body.get(i).text()));
        Optional<String> job = now.jobs.hasCandidates() ? now.jobs.first() : earlier.jobs.first();
        return new EmploymentFacts(low, high != null && !high.equals(low) ? high : null, numbers.pay.winner().orElse(null),
                numbers.wage.winner().orElse(null), pick(now.starts, earlier.starts).orElse(null), job.orElse(null),
                verdict.map(WorkerStatusFinder.Verdict::status).orElse(null),
                verdict.map(WorkerStatusFinder.Verdict::evidence).orElse(null));
    }

    private static <T> Optional<T> pick(Votes<T> now, Votes<T> earlier) {
        return now.hasCandidates() ? now.winner() : earlier.winner();
    }

    /** The votes of one kind of sentence for every fact. Not thread-safe; one per ruling. */
    private static final class Tally {
        // Hours within half an hour and pay within 2 € are one fact ("28 Stunden im Monat, also etwa 7
        // Stunden die Woche"); a stated weekly figure names it rather than a converted monthly one.
        final Votes<double[]> hours = new Votes<>((a, b) -> Math.abs(a[0] - b[0]) <= 0.5 && Math.abs(a[1] - b[1]) <= 0.5);
        final Votes<Double> pay = new Votes<>((a, b) -> Math.abs(a - b) <= 2);
        final Votes<Double> wage = new Votes<>((a, b) -> Math.abs(a - b) <= 0.01);
        final Votes<String> jobs = new Votes<>(String::equalsIgnoreCase);
        final Votes<LocalDate> starts = new Votes<>(LocalDate::equals);

        boolean hasNumbers() {
            return hours.hasCandidates() || pay.hasCandidates() || wage.hasCandidates();
        }

        void veto(String rejectedClaim) {
            HoursParser.find(rejectedClaim).forEach(h -> hours.veto(new double[] {h.low(), h.high()}));
            PayParser.find(rejectedClaim).stream().filter(p -> p.kind() != PayParser.Kind.HOURLY).forEach(p -> pay.veto(p.euros()));
        }

        void add(SentenceFacts found, boolean personal) {
            double weight = personal ? 2 : 1;
            for (HoursParser.Hours h : found.hours()) {
                hours.add(new double[] {h.low(), h.high()}, weight + (h.summed() ? 3 : 0), h.perMonth() ? 0 : 1);
            }
            for (PayParser.Pay p : found.pay()) {
                if (p.kind() == PayParser.Kind.HOURLY) {
                    wage.add(p.euros(), weight, 0);
                } else {
                    pay.add(p.euros(), weight * (p.explicit() ? 1 : 0.5) + (p.summed() ? 3 : 0), p.explicit() ? 1 : 0);
                }
            }
            for (String job : found.jobs()) {
                jobs.add(job, weight, 0);
            }
            for (JobParser.Start start : found.starts()) {
                starts.add(start.date(), weight, 0);
            }
        }
    }

    /** Weighted votes for clusters of equal values, in order of first mention. Not thread-safe; one per ruling. */
    private static final class Votes<T> {
        private final BiPredicate<T, T> same;
        private final List<Cluster<T>> clusters = new ArrayList<>();
        private final List<T> vetoed = new ArrayList<>();

        private static final class Cluster<T> {
            T value;
            int rank;
            double weight;
        }

        Votes(BiPredicate<T, T> same) {
            this.same = same;
        }

        /** @param rank which spelling names the cluster: the first mention of the highest rank */
        void add(T value, double weight, int rank) {
            for (Cluster<T> c : clusters) {
                if (same.test(c.value, value)) {
                    c.weight += weight;
                    if (rank > c.rank) {
                        c.value = value;
                        c.rank = rank;
                    }
                    return;
                }
            }
            Cluster<T> c = new Cluster<>();
            c.value = value;
            c.rank = rank;
            c.weight = weight;
            clusters.add(c);
        }

        /** A value that must not win, however often it is mentioned. */
        void veto(T value) {
            vetoed.add(value);
        }

        private boolean isVetoed(Cluster<T> c) {
            return vetoed.stream().anyMatch(v -> same.test(v, c.value));
        }

        /** Whether any value not vetoed was mentioned. */
        boolean hasCandidates() {
            return clusters.stream().anyMatch(c -> !isVetoed(c));
        }

        /** The heaviest value not vetoed; empty when another value weighs as much. */
        Optional<T> winner() {
            T best = null;
            double top = 0;
            boolean tie = false;
            for (Cluster<T> c : clusters) {
                if (isVetoed(c)) {
                    continue;
                }
                if (c.weight > top) {
                    best = c.value;
                    top = c.weight;
                    tie = false;
                } else if (c.weight == top) {
                    tie = true;
                }
            }
            return tie ? Optional.empty() : Optional.ofNullable(best);
        }

        /** The heaviest value; on a tie the one mentioned first (a job title is no number to get wrong). */
        Optional<T> first() {
            return clusters.stream().reduce((a, b) -> b.weight > a.weight ? b : a).map(c -> c.value);
        }
    }
}
