package de.tenor.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.DocType;
import de.tenor.extract.Docket;
import de.tenor.extract.DocketParser;
import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * Maps a {@link Document} to a Lucene document and back. Thread-safe.
 */
public final class DocumentMapper {

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final DocketParser DOCKETS = new DocketParser();

    private final ObjectMapper json = new ObjectMapper();
    private final FacetsConfig facetsConfig;

    public DocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The facet configuration index and search must share: city is multi-valued (news name several cities). */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(IndexFields.CITY, true);
        config.setMultiValued(IndexFields.NORM, true);
        config.setMultiValued(IndexFields.EU_CASE, true);
        return config;
    }

    public org.apache.lucene.document.Document toLucene(Document d) throws IOException {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.SOURCE, json.writeValueAsString(DocumentJson.toMap(d))));
        doc.add(new TextField(IndexFields.TITLE, d.title(), Field.Store.NO));
        doc.add(new Field(IndexFields.TEXT, d.text(), TEXT_WITH_OFFSETS));
        if (d.tenor() != null) {
            doc.add(new TextField(IndexFields.TENOR, d.tenor(), Field.Store.NO));
        }
        if (d.docketNormalized() != null) {
            doc.add(new StringField(IndexFields.DOCKET_NORMALIZED, d.docketNormalized(), Field.Store.NO));
        }
        // Recall field, identifiers, norms and suggestion vocabularies (issue 6).
        SearchFields.add(doc, d);
        LocalDate date = d.sortDate();
        if (date != null) {
            doc.add(new LongPoint(IndexFields.DATE_DAY, date.toEpochDay()));
            doc.add(new NumericDocValuesField(IndexFields.SORT_DATE, date.toEpochDay()));
            facet(doc, IndexFields.YEAR, Integer.toString(date.getYear()));
        } else {
            // Undated documents sort last in "newest first".
            doc.add(new NumericDocValuesField(IndexFields.SORT_DATE, Long.MIN_VALUE));
        }
        facet(doc, IndexFields.TYPE, d.type().json());
        facet(doc, IndexFields.COURT, d.court());
        facet(doc, IndexFields.COURT_BRANCH, d.courtBranch() == null ? null : d.courtBranch().json());
        facet(doc, IndexFields.DECISION_TYPE, d.decisionType());
        facet(doc, IndexFields.OUTCOME, d.outcome() == null ? null : d.outcome().json());
        Set<String> cities = new LinkedHashSet<>();
        if (d.city() != null) {
            cities.add(d.city());
        }
        cities.addAll(d.cities());
        for (String city : cities) {
            facet(doc, IndexFields.CITY, city);
        }
        addResearchFields(doc, d);
        addEmploymentFacts(doc, d);
        return facetsConfig.build(doc);
    }

    /** Rebuilds the Document from the stored JSON copy. */
    public Document fromStoredSource(String source) {
        try {
            Map<String, Object> map = json.readValue(source, new TypeReference<Map<String, Object>>() { });
            return DocumentJson.fromMap(map);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored document is not valid JSON; rebuild the index with \"tenor index --rebuild\"", e);
        }
    }

    /** Issue 7: procedure, cited norms and EuGH cases as facets; the lower court's docket for appeal links. */
    private static void addResearchFields(org.apache.lucene.document.Document doc, Document d) {
        if (d.type() == DocType.RULING) {
            facet(doc, IndexFields.PROCEDURE, d.procedure() == null ? "unknown" : d.procedure().json());
        }
        for (String norm : new LinkedHashSet<>(d.norms().stream().map(DocumentMapper::spaced).toList())) {
            facet(doc, IndexFields.NORM, norm);
        }
        for (String euCase : new LinkedHashSet<>(d.euCases().stream().map(DocumentMapper::spaced).toList())) {
            facet(doc, IndexFields.EU_CASE, euCase);
        }
        lowerDocket(d).ifPresent(k -> doc.add(new StringField(IndexFields.LOWER_DOCKET, k, Field.Store.NO)));
    }

    /** Issue 11: hours and pay as numeric fields for range filters, and the worker-status verdict as a facet. */
    private static void addEmploymentFacts(org.apache.lucene.document.Document doc, Document d) {
        if (d.weeklyHours() != null) {
            double high = d.weeklyHoursMax() != null ? d.weeklyHoursMax() : d.weeklyHours();
            doc.add(new DoubleRange(IndexFields.WEEKLY_HOURS_RANGE, new double[] {d.weeklyHours()}, new double[] {high}));
            doc.add(new DoubleDocValuesField(IndexFields.WEEKLY_HOURS, d.weeklyHours()));
        }
        if (d.monthlyPayEur() != null) {
            doc.add(new DoublePoint(IndexFields.MONTHLY_PAY, d.monthlyPayEur()));
            doc.add(new DoubleDocValuesField(IndexFields.MONTHLY_PAY, d.monthlyPayEur()));
        }
        facet(doc, IndexFields.WORKER_STATUS, d.workerStatus() == null ? null : d.workerStatus().json());
    }

    /** "Verwaltungsgericht Gelsenkirchen, 16 L 1393/25" → "16L1393/25", the form of {@link IndexFields#DOCKET_NORMALIZED}. */
    public static Optional<String> lowerDocket(Document d) {
        if (d.lowerCourt() == null || d.lowerCourt().isBlank()) {
            return Optional.empty();
        }
        return DOCKETS.findFirst(d.lowerCourt()).map(Docket::normalized);
    }

    private static String spaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void facet(org.apache.lucene.document.Document doc, String dim, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
