package de.tenor.bench;

import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The indexing baseline: the minimal loop a plain Lucene application would write for the same
 * searchable schema. Same field names, types and analyzer for everything that is searched,
 * faceted, sorted or highlighted (title, Tenor, text with offsets, the recall field, court and city
 * text, identifiers, norms, dates, the ten facet dimensions); the display fields stored one by one.
 * What it leaves out is what Tenor adds on top, and what the ratio therefore prices: the stored
 * JSON copy of the whole document (paragraphs included) and the spelling/autocomplete
 * vocabularies. Thread-safe.
 */
final class BaselineMapper implements BulkLoader.Mapping {

    private final FacetsConfig facets = DocumentMapper.facetsConfig();

    @Override
    public org.apache.lucene.document.Document toLucene(Document d) throws IOException {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TITLE, d.title(), Field.Store.YES));
        doc.add(new Field(IndexFields.TEXT, d.text(), DocumentMapper.TEXT_WITH_OFFSETS));
        stored(doc, "court", d.ruling().court());
        stored(doc, "docket", d.ruling().docket());
        stored(doc, "url", d.url());
        if (d.ruling().tenor() != null) {
            doc.add(new TextField(IndexFields.TENOR, d.ruling().tenor(), Field.Store.NO));
        }
        if (d.ruling().docketNormalized() != null) {
            doc.add(new StringField(IndexFields.DOCKET_NORMALIZED, d.ruling().docketNormalized(), Field.Store.NO));
        }
        String court = d.ruling().court() == null ? "" : d.ruling().court();
        doc.add(new TextField(IndexFields.ALL_PARTS, d.title() + "\n" + court + "\n" + d.text() + "\n"
                + String.join("\n", d.references().euCases()), Field.Store.NO));
        if (!court.isEmpty()) {
            doc.add(new TextField(IndexFields.COURT_TEXT, court, Field.Store.NO));
        }
        String cities = String.join("\n", d.news().cities()) + (d.ruling().city() == null ? "" : "\n" + d.ruling().city());
        doc.add(new TextField(IndexFields.CITY_TEXT, cities, Field.Store.NO));
        if (d.ruling().ecli() != null) {
            doc.add(new StringField(IndexFields.ECLI, d.ruling().ecli().toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        for (String cited : d.references().dockets()) {
            doc.add(new StringField(IndexFields.CITED_DOCKET, cited.replace(" ", "").toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        for (String norm : d.references().norms()) {
            doc.add(new StringField(IndexFields.NORM, norm.toLowerCase(Locale.ROOT), Field.Store.NO));
            DocumentMapper.facet(doc, IndexFields.NORM, norm);
        }
        for (String euCase : d.references().euCases()) {
            doc.add(new StringField(IndexFields.EU_CASE, euCase, Field.Store.NO));
            DocumentMapper.facet(doc, IndexFields.EU_CASE, euCase);
        }
        LocalDate date = d.sortDate();
        doc.add(new NumericDocValuesField(IndexFields.SORT_DATE, date == null ? Long.MIN_VALUE : date.toEpochDay()));
        if (date != null) {
            doc.add(new LongPoint(IndexFields.DATE_DAY, date.toEpochDay()));
            DocumentMapper.facet(doc, IndexFields.YEAR, Integer.toString(date.getYear()));
        }
        DocumentMapper.facet(doc, IndexFields.TYPE, d.type().json());
        DocumentMapper.facet(doc, IndexFields.COURT, d.ruling().court());
        DocumentMapper.facet(doc, IndexFields.COURT_BRANCH, d.ruling().courtBranch() == null ? null : d.ruling().courtBranch().json());
        DocumentMapper.facet(doc, IndexFields.DECISION_TYPE, d.ruling().decisionType());
        DocumentMapper.facet(doc, IndexFields.OUTCOME, d.ruling().outcome() == null ? null : d.ruling().outcome().json());
        DocumentMapper.facet(doc, IndexFields.PROCEDURE, d.ruling().procedure() == null ? null : d.ruling().procedure().json());
        DocumentMapper.facet(doc, IndexFields.CITY, d.ruling().city());
        for (String city : d.news().cities()) {
            DocumentMapper.facet(doc, IndexFields.CITY, city);
        }
        return facets.build(doc);
    }

    private static void stored(org.apache.lucene.document.Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }
}
