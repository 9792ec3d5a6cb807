package de.tenor.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One ruling or news article as every stage after extraction sees it (fields of INTERFACE.md).
 *
 * <p>Metadata the extractor could not determine is {@code null} (shown as {@code null} in JSON,
 * never guessed); list fields are never null. Immutable and thread-safe. Build with
 * {@link #builder(String, DocType)}.
 *
 * @param id stable id derived from the canonical source URI
 * @param sourcePath path of the raw file relative to the corpus root, e.g. {@code demo/vg-ge-8-l-469-24.html}
 * @param paragraphs the body in reading order with the court's paragraph numbers (Rn.), if any
 * @param outcomeEvidence the tenor sentence that decided {@code outcome}, as printed, so a reader can check it
 * @param weeklyHoursMax the upper end when the court states a range of weekly hours ("zwischen 6 und 8
 *                       Stunden"; {@code weeklyHours} is then the lower end), else null
 * @param sample true only for the fictional demo corpus ({@code corpus/demo/}), so real and invented rulings
 *               are never confused
 * @param topic true when the document is about the practice (see {@link TopicClassifier}); when false, the
 *              fields read from the citizen's side (outcome, city, employment facts) are null
 * @param topicMarkers the phrases that decided {@code topic}, as found, so a reader can check the decision
 * @param headnotes the Leitsätze, in order; empty when the decision has none
 * @param sources issue 16: every URL or corpus path of a decision that reached the corpus several times; empty otherwise
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
        // rulings
        String court,
        CourtBranch courtBranch,
        String decisionType,
        LocalDate date,
        String docket,
        String docketNormalized,
        String ecli,
        Procedure procedure,
        String city,
        Outcome outcome,
        String tenor,
        List<String> norms,
        List<String> euCases,
        List<String> citedDockets,
        String lowerCourt,
        // employment facts the court assessed (worker status)
        Double weeklyHours,
        Double monthlyPayEur,
        Double hourlyWageEur,
        LocalDate employedSince,
        String jobType,
        WorkerStatus workerStatus,
        String workerStatusEvidence,
        // news
        String outlet,
        LocalDate published,
        List<String> cities,
        // added by issue 4: the tenor sentence the outcome rests on (null when unknown)
        String outcomeEvidence,
        // added by issue 11: upper end of a range of weekly hours (null unless the court gives a range)
        Double weeklyHoursMax,
        boolean sample,
        boolean topic,
        List<String> topicMarkers,
        List<String> headnotes,
        // added by issue 16: every source of a decision that reached the corpus several times (URL or corpus path)
        List<String> sources) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        norms = norms == null ? List.of() : List.copyOf(norms);
        euCases = euCases == null ? List.of() : List.copyOf(euCases);
        citedDockets = citedDockets == null ? List.of() : List.copyOf(citedDockets);
        cities = cities == null ? List.of() : List.copyOf(cities);
        topicMarkers = topicMarkers == null ? List.of() : List.copyOf(topicMarkers);
        headnotes = headnotes == null ? List.of() : List.copyOf(headnotes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        // Off-topic rulings have no outcome "from the EU citizen's side": null, not "unknown".
        if (type == DocType.RULING && outcome == null && topic) {
            outcome = Outcome.UNKNOWN;
        }
    }

    /** The date a list sorts by: decision date for rulings, publication date for news. */
    public LocalDate sortDate() {
        return date != null ? date : published;
    }

    public static Builder builder(String id, DocType type) {
        return new Builder(id, type);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, type);
        b.title = title; b.url = url; b.sourcePath = sourcePath; b.fetchedAt = fetchedAt; b.text = text;
        b.paragraphs = paragraphs; b.court = court; b.courtBranch = courtBranch; b.decisionType = decisionType;
        b.date = date; b.docket = docket; b.docketNormalized = docketNormalized; b.ecli = ecli;
        b.procedure = procedure; b.city = city; b.outcome = outcome; b.tenor = tenor; b.norms = norms;
        b.euCases = euCases; b.citedDockets = citedDockets; b.lowerCourt = lowerCourt;
        b.weeklyHours = weeklyHours; b.monthlyPayEur = monthlyPayEur; b.hourlyWageEur = hourlyWageEur;
        b.employedSince = employedSince; b.jobType = jobType; b.workerStatus = workerStatus;
        b.workerStatusEvidence = workerStatusEvidence; b.outlet = outlet; b.published = published; b.cities = cities;
        b.outcomeEvidence = outcomeEvidence;
        b.weeklyHoursMax = weeklyHoursMax;
        b.sample = sample; b.topic = topic; b.topicMarkers = topicMarkers; b.headnotes = headnotes;
        b.sources = sources;
        return b;
    }

    /** Mutable builder; not thread-safe. Fields left unset stay null (unknown). */
    public static final class Builder {
        private final String id;
        private final DocType type;
        public String title, url, sourcePath, text, court, decisionType, docket, docketNormalized, ecli, city, tenor,
                lowerCourt, jobType, workerStatusEvidence, outlet, outcomeEvidence;
        public Instant fetchedAt;
        public List<Paragraph> paragraphs;
        public CourtBranch courtBranch;
        public LocalDate date, employedSince, published;
        public Procedure procedure;
        public Outcome outcome;
        public List<String> norms, euCases, citedDockets, cities, topicMarkers, headnotes;
        public boolean sample, topic;
        public List<String> sources; // issue 16
        public Double weeklyHours, monthlyPayEur, hourlyWageEur, weeklyHoursMax;
        public WorkerStatus workerStatus;

        private Builder(String id, DocType type) {
            this.id = id;
            this.type = type;
        }

        public Document build() {
            return new Document(id, type, title, url, sourcePath, fetchedAt, text, paragraphs, court, courtBranch,
                    decisionType, date, docket, docketNormalized, ecli, procedure, city, outcome, tenor, norms,
                    euCases, citedDockets, lowerCourt, weeklyHours, monthlyPayEur, hourlyWageEur, employedSince,
                    jobType, workerStatus, workerStatusEvidence, outlet, published, cities, outcomeEvidence, weeklyHoursMax,
                    sample, topic, topicMarkers, headnotes, sources);
        }
    }
}
