package de.tenor.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One ruling or news article as every stage after extraction sees it (fields of docs/INTERFACE.md): a small
 * core and typed parts. A part is never null: a news article has {@link Ruling#NONE}, a ruling
 * {@link News#NONE}, a document without stated job facts {@link EmploymentFacts#NONE}.
 *
 * <p>Metadata the extractor could not determine is {@code null} (shown as {@code null} in JSON,
 * never guessed); list fields are never null. Immutable and thread-safe. Build with
 * {@link #builder(String, DocType)}.
 *
 * @param id stable id derived from the canonical source URI
 * @param sourcePath path of the raw file relative to the corpus root, e.g. {@code demo/vg-ge-8-l-469-24.html}
 * @param paragraphs the body in reading order with the court's paragraph numbers (Rn.), if any
 * @param sample true only for the fictional demo corpus ({@code corpus/demo/}), so real and invented rulings
 *               are never confused
 * @param topic true when the document is about the practice (see {@link TopicClassifier}); when false, the
 *              fields read from the citizen's side (outcome, city, employment facts) are null
 * @param topicMarkers the phrases that decided {@code topic}, as found, so a reader can check the decision
 * @param sources issue 16: every URL or corpus path of a decision that reached the corpus several times; empty otherwise
 * @param references the norms, EuGH cases and dockets the document cites
 * @param ruling what a court decision says about itself; {@link Ruling#NONE} for news
 * @param news outlet, publication date and cities of an article; {@link News#NONE} for rulings
 * @param employment the job facts the court assessed for worker status (issue 11); {@link EmploymentFacts#NONE}
 *                   when none are stated
 */
public record Document(
        String id,
        DocType type,
        String title,
        String url,
        String sourcePath,
        Instant fetchedAt,
        String text,
        List<Paragraph> paragraphs,
        boolean sample,
        boolean topic,
        List<String> topicMarkers,
        List<String> sources,
        References references,
        Ruling ruling,
        News news,
        EmploymentFacts employment) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        topicMarkers = topicMarkers == null ? List.of() : List.copyOf(topicMarkers);
        sources = sources == null ? List.of() : List.copyOf(sources);
        references = references == null ? References.NONE : references;
        ruling = ruling == null ? Ruling.NONE : ruling;
        news = news == null ? News.NONE : news;
        employment = employment == null ? EmploymentFacts.NONE : employment;
        // Off-topic rulings have no outcome "from the EU citizen's side": null, not "unknown".
        if (type == DocType.RULING && ruling.outcome() == null && topic) {
            ruling = ruling.withOutcome(Outcome.UNKNOWN);
        }
    }

    /** The date a list sorts by: decision date for rulings, publication date for news. */
    public LocalDate sortDate() {
        return ruling.date() != null ? ruling.date() : news.published();
    }

    public static Builder builder(String id, DocType type) {
        return new Builder(id, type);
    }

    public Builder toBuilder() {
        return new Builder(id, type).title(title).url(url).sourcePath(sourcePath).fetchedAt(fetchedAt).text(text)
                .paragraphs(paragraphs).sample(sample).topic(topic).topicMarkers(topicMarkers).sources(sources)
                .references(references).ruling(ruling).news(news).employment(employment);
    }

    /**
     * Collects a document's values, flat as the extractors find them, and assembles the parts in
     * {@link #build()}. Not thread-safe; values left unset stay null (unknown).
     */
    public static final class Builder {
        private final String id;
        private final DocType type;
        private String title, url, sourcePath, text;
        private Instant fetchedAt;
        private List<Paragraph> paragraphs;
        private boolean sample, topic;
        private List<String> topicMarkers, sources;
        private List<String> norms, euCases, citedDockets;
        // ruling
        private String court, decisionType, docket, docketNormalized, ecli, city, outcomeEvidence, tenor, lowerCourt;
        private CourtBranch courtBranch;
        private LocalDate date;
        private Procedure procedure;
        private Outcome outcome;
        private List<String> headnotes;
        // news
        private String outlet;
        private LocalDate published;
        private List<String> cities;
        // employment facts
        private Double weeklyHours, weeklyHoursMax, monthlyPayEur, hourlyWageEur;
        private LocalDate employedSince;
        private String jobType, workerStatusEvidence;
        private WorkerStatus workerStatus;

        private Builder(String id, DocType type) {
            this.id = id;
            this.type = type;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder sourcePath(String v) { sourcePath = v; return this; }
        public Builder fetchedAt(Instant v) { fetchedAt = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder paragraphs(List<Paragraph> v) { paragraphs = v; return this; }
        public Builder sample(boolean v) { sample = v; return this; }
        public Builder topic(boolean v) { topic = v; return this; }
        public Builder topicMarkers(List<String> v) { topicMarkers = v; return this; }
        public Builder sources(List<String> v) { sources = v; return this; }
        public Builder norms(List<String> v) { norms = v; return this; }
        public Builder euCases(List<String> v) { euCases = v; return this; }
        public Builder citedDockets(List<String> v) { citedDockets = v; return this; }
        public Builder court(String v) { court = v; return this; }
        public Builder courtBranch(CourtBranch v) { courtBranch = v; return this; }
        public Builder decisionType(String v) { decisionType = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder docket(String v) { docket = v; return this; }
        public Builder docketNormalized(String v) { docketNormalized = v; return this; }
        public Builder ecli(String v) { ecli = v; return this; }
        public Builder procedure(Procedure v) { procedure = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder outcome(Outcome v) { outcome = v; return this; }
        public Builder outcomeEvidence(String v) { outcomeEvidence = v; return this; }
        public Builder tenor(String v) { tenor = v; return this; }
        public Builder lowerCourt(String v) { lowerCourt = v; return this; }
        public Builder headnotes(List<String> v) { headnotes = v; return this; }
        public Builder outlet(String v) { outlet = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder cities(List<String> v) { cities = v; return this; }

        public Builder weeklyHours(Double v) { weeklyHours = v; return this; }
        public Builder weeklyHoursMax(Double v) { weeklyHoursMax = v; return this; }
        public Builder monthlyPayEur(Double v) { monthlyPayEur = v; return this; }
        public Builder hourlyWageEur(Double v) { hourlyWageEur = v; return this; }
        public Builder employedSince(LocalDate v) { employedSince = v; return this; }
        public Builder jobType(String v) { jobType = v; return this; }
        public Builder workerStatus(WorkerStatus v) { workerStatus = v; return this; }
        public Builder workerStatusEvidence(String v) { workerStatusEvidence = v; return this; }

        public Builder employment(EmploymentFacts f) {
            return weeklyHours(f.weeklyHours()).weeklyHoursMax(f.weeklyHoursMax()).monthlyPayEur(f.monthlyPayEur())
                    .hourlyWageEur(f.hourlyWageEur()).employedSince(f.employedSince()).jobType(f.jobType())
                    .workerStatus(f.workerStatus()).workerStatusEvidence(f.workerStatusEvidence());
        }

        public Builder references(References v) {
            return norms(v.norms()).euCases(v.euCases()).citedDockets(v.dockets());
        }

        public Builder ruling(Ruling r) {
            return court(r.court()).courtBranch(r.courtBranch()).decisionType(r.decisionType()).date(r.date())
                    .docket(r.docket()).docketNormalized(r.docketNormalized()).ecli(r.ecli())
                    .procedure(r.procedure()).city(r.city()).outcome(r.outcome())
                    .outcomeEvidence(r.outcomeEvidence()).tenor(r.tenor()).lowerCourt(r.lowerCourt())
                    .headnotes(r.headnotes());
        }

        public Builder news(News n) {
            return outlet(n.outlet()).published(n.published()).cities(n.cities());
        }

        public Document build() {
            Ruling ruling = new Ruling(court, courtBranch, decisionType, date, docket, docketNormalized, ecli,
                    procedure, city, outcome, outcomeEvidence, tenor, lowerCourt, headnotes);
            News news = new News(outlet, published, cities);
            // The facts' constructor checks that they agree: a range has both ends, a status its evidence.
            EmploymentFacts employment = new EmploymentFacts(weeklyHours, weeklyHoursMax, monthlyPayEur,
                    hourlyWageEur, employedSince, jobType, workerStatus, workerStatusEvidence);
            return new Document(id, type, title, url, sourcePath, fetchedAt, text, paragraphs, sample, topic,
                    topicMarkers, sources, new References(norms, euCases, citedDockets),
                    ruling.equals(Ruling.NONE) ? Ruling.NONE : ruling, news.equals(News.NONE) ? News.NONE : news,
                    employment.equals(EmploymentFacts.NONE) ? EmploymentFacts.NONE : employment);
        }
    }
}
