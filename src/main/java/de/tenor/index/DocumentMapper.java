package de.tenor.index;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.DocType;
import de.tenor.extract.Docket;
import de.tenor.extract.DocketParser;
import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.extract.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** The full text: stored for the highlighter, offsets in the postings so snippets need no re-analysis. */
    public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
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
        doc.add(new StoredField(IndexFields.SOURCE, json.writeValueAsString(storedSource(d))));
        doc.add(new TextField(IndexFields.TITLE, d.title(), Field.Store.NO));
        doc.add(new Field(IndexFields.TEXT, d.text(), TEXT_WITH_OFFSETS));
        if (d.ruling().tenor() != null) {
            doc.add(new TextField(IndexFields.TENOR, d.ruling().tenor(), Field.Store.NO));
        }
        if (d.ruling().docketNormalized() != null) {
            doc.add(new StringField(IndexFields.DOCKET_NORMALIZED, d.ruling().docketNormalized(), Field.Store.NO));
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
        doc.add(new NumericDocValuesField(IndexFields.SORT_ADDED,
                d.fetchedAt() == null ? Long.MIN_VALUE : d.fetchedAt().toEpochMilli())); // issue 16: feed order
        facet(doc, IndexFields.TYPE, d.type().json());
        facet(doc, IndexFields.TOPIC, Boolean.toString(d.topic())); // issue 16
        if (d.sample()) {
            doc.add(new StringField(IndexFields.SAMPLE, "true", Field.Store.NO));
        }
        facet(doc, IndexFields.COURT, d.ruling().court());
        facet(doc, IndexFields.COURT_BRANCH, d.ruling().courtBranch() == null ? null : d.ruling().courtBranch().json());
        facet(doc, IndexFields.DECISION_TYPE, d.ruling().decisionType());
        facet(doc, IndexFields.OUTCOME, d.ruling().outcome() == null ? null : d.ruling().outcome().json());
        Set<String> cities = new LinkedHashSet<>();
        if (d.ruling().city() != null) {
            cities.add(d.ruling().city());
        }
        cities.addAll(d.news().cities());
        for (String city : cities) {
            facet(doc, IndexFields.CITY, city);
        }
        addResearchFields(doc, d);
        addEmploymentFacts(doc, d);
        return facetsConfig.build(doc);
    }

    /**
     * The Document as JSON without its full text, which the {@code text} field stores already (the
     * highlighter reads it there). Paragraphs found verbatim in the text are stored as their offset
     * and length in it. Issue 9: the text used to be stored three times (text field, JSON text,
     * JSON paragraphs) — half the index and most of the decompression per hit.
     */
    static Map<String, Object> storedSource(Document d) {
        Map<String, Object> map = DocumentJson.toMap(d);
        map.remove("text");
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        int from = 0;
        for (Paragraph p : d.paragraphs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("number", p.number());
            pm.put("heading", p.heading());
            // Usually the next occurrence after the previous paragraph; the first anywhere otherwise.
            int at = p.text().isEmpty() ? -1 : d.text().indexOf(p.text(), from);
            if (at < 0 && !p.text().isEmpty()) {
                at = d.text().indexOf(p.text());
            }
            if (at >= 0) {
                pm.put("at", at);
                pm.put("length", p.text().length());
                from = at + p.text().length();
            } else {
                pm.put("text", p.text());
            }
            paragraphs.add(pm);
        }
        map.put("paragraphs", paragraphs);
        return map;
    }

    /** Rebuilds the Document from the stored JSON and the stored text (see {@link #storedSource}). */
    @SuppressWarnings("unchecked")
    public Document fromStored(String source, String text) {
        Map<String, Object> map = storedValues(source, true);
        String fullText = text == null ? "" : text;
        map.put("text", fullText);
        Object ps = map.get("paragraphs");
        if (ps instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> pm = (Map<String, Object>) o;
                if (pm.get("at") instanceof Number at && pm.get("length") instanceof Number length) {
                    pm.put("text", fullText.substring(at.intValue(), at.intValue() + length.intValue()));
                }
            }
        }
        return DocumentJson.fromMap(map);
    }

    /**
     * Issue 21: a result row's document: as {@link #fromStored}, but without the paragraphs, which a
     * row never shows. Parsing them and cutting each one's text out of the full text was most of
     * rebuilding a hit from its stored copy.
     */
    public Document rowFromStored(String source, String text) {
        Map<String, Object> map = storedValues(source, false);
        map.put("text", text == null ? "" : text);
        return DocumentJson.fromMap(map);
    }

    /** The stored JSON's values by name; the paragraphs are skipped unparsed unless asked for. */
    private Map<String, Object> storedValues(String source, boolean withParagraphs) {
        Map<String, Object> map = new LinkedHashMap<>();
        try (JsonParser parser = json.createParser(source)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "Stored document is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!withParagraphs && name.equals("paragraphs")) {
                    parser.skipChildren();
                } else {
                    map.put(name, json.readValue(parser, Object.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Stored document is not valid JSON; rebuild the index with \"tenor index --rebuild\"", e);
        }
        return map;
    }

    /** Issue 7: procedure, cited norms and EuGH cases as facets; the lower court's docket for appeal links. */
    private static void addResearchFields(org.apache.lucene.document.Document doc, Document d) {
        if (d.type() == DocType.RULING) {
            facet(doc, IndexFields.PROCEDURE, d.ruling().procedure() == null ? "unknown" : d.ruling().procedure().json());
        }
        for (String norm : new LinkedHashSet<>(d.references().norms().stream().map(DocumentMapper::spaced).toList())) {
            facet(doc, IndexFields.NORM, norm);
        }
        for (String euCase : new LinkedHashSet<>(d.references().euCases().stream().map(DocumentMapper::spaced).toList())) {
            facet(doc, IndexFields.EU_CASE, euCase);
        }
        lowerDocket(d).ifPresent(k -> doc.add(new StringField(IndexFields.LOWER_DOCKET, k, Field.Store.NO)));
    }

    /** Issue 11: hours and pay as numeric fields for range filters, and the worker-status verdict as a facet. */
    private static void addEmploymentFacts(org.apache.lucene.document.Document doc, Document d) {
        if (d.employment().weeklyHours() != null) {
            double high = d.employment().weeklyHoursMax() != null ? d.employment().weeklyHoursMax() : d.employment().weeklyHours();
            doc.add(new DoubleRange(IndexFields.WEEKLY_HOURS_RANGE, new double[] {d.employment().weeklyHours()}, new double[] {high}));
            doc.add(new DoubleDocValuesField(IndexFields.WEEKLY_HOURS, d.employment().weeklyHours()));
        }
        if (d.employment().monthlyPayEur() != null) {
            doc.add(new DoublePoint(IndexFields.MONTHLY_PAY, d.employment().monthlyPayEur()));
            doc.add(new DoubleDocValuesField(IndexFields.MONTHLY_PAY, d.employment().monthlyPayEur()));
        }
        facet(doc, IndexFields.WORKER_STATUS, d.employment().workerStatus() == null ? null : d.employment().workerStatus().json());
    }

    /** "Verwaltungsgericht Gelsenkirchen, 16 L 1393/25" → "16L1393/25", the form of {@link IndexFields#DOCKET_NORMALIZED}. */
    public static Optional<String> lowerDocket(Document d) {
        if (d.ruling().lowerCourt() == null || d.ruling().lowerCourt().isBlank()) {
            return Optional.empty();
        }
        return DOCKETS.findFirst(d.ruling().lowerCourt()).map(Docket::normalized);
    }

    private static String spaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Adds a facet value unless it is unknown (null or blank). */
    public static void facet(org.apache.lucene.document.Document doc, String dim, String value) {
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
