package de.tenor.web;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.search.Facet;
import de.tenor.search.SearchHit;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A search as an Atom 1.0 feed (RFC 4287): the newest matching documents, newest first, each
 * entry linking to its {@code /doc/{id}} page, so a feed reader or a mail bridge can alert on new
 * rulings. Ids are stable URNs that do not depend on the host name the server was reached by:
 * {@code urn:tenor:doc:<id>} for entries, a name-based {@code urn:uuid:} of the search for the
 * feed. Characters XML 1.0 forbids (control characters from crawled pages) are dropped. Stateless.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** Entries per feed: enough for a reader polling daily, small enough to fetch often. */
    static final int ENTRIES = 50;
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** A full stop, "!" or "?" followed by a space and a capital, not after a digit or a short abbreviation. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "(?<![0-9]|\\b(?:Abs|Nr|Art|Ziff|Buchst|vgl|bzw|ggf|Az|Rn|Bl|S|gem|i\\.V\\.m|d\\.h|z\\.B|u\\.a))[.!?](?=\\s+[A-ZÄÖÜ(]|$)");
    private static final int LEAD_MIN_CHARS = 60;
    private static final int LEAD_MAX_CHARS = 400;

    private AtomFeed() {
    }

    /**
     * @param selfUrl absolute URL of this feed
     * @param htmlUrl absolute URL of the same search as a results page
     * @param now the feed's {@code updated} when it has no entries
     */
    static String write(String title, List<SearchHit> hits, String baseUrl, String selfUrl, String htmlUrl,
                        String searchKey, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "de");
            text(x, "id", "urn:uuid:" + UUID.nameUUIDFromBytes(searchKey.getBytes(StandardCharsets.UTF_8)));
            text(x, "title", title);
            text(x, "subtitle", "Zuletzt aufgenommene Entscheidungen und Nachrichten zu dieser Suche, neueste zuerst (höchstens "
                    + ENTRIES + "). Beispieldaten, falls der Demo-Korpus geladen ist.");
            Instant updated = hits.stream().map(h -> updated(h.document(), now)).max(Instant::compareTo).orElse(now);
            text(x, "updated", timestamp(updated));
            x.writeStartElement("author");
            text(x, "name", "Tenor");
            x.writeEndElement();
            text(x, "generator", "Tenor");
            link(x, "self", "application/atom+xml", selfUrl);
            link(x, "alternate", "text/html", htmlUrl);
            for (SearchHit hit : hits) {
                entry(x, hit, baseUrl, now);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter x, SearchHit hit, String baseUrl, Instant now) throws XMLStreamException {
        Document d = hit.document();
        x.writeStartElement("entry");
        text(x, "id", "urn:tenor:doc:" + d.id());
        text(x, "title", d.title().isBlank() ? "(ohne Titel)" : d.title());
        link(x, "alternate", "text/html", baseUrl + "/doc/" + d.id());
        String when = timestamp(updated(d, now));
        text(x, "updated", when);
        text(x, "published", when);
        if (d.ruling().outcome() != null) {
            category(x, d.ruling().outcome().json(), "Ausgang: " + UiText.GERMAN.outcome(d.ruling().outcome()));
        }
        if (d.ruling().city() != null) {
            category(x, d.ruling().city(), "Stadt: " + UiText.GERMAN.value(Facet.CITY, d.ruling().city()));
        }
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(clean(summary(d)));
        x.writeEndElement();
        x.writeEndElement();
    }

    /**
     * Issue 16: one line of metadata, then the Tenor's first sentence (rulings) or the lead (news);
     * plain text, escaped once by the XML writer (the highlighter's HTML is not used here).
     */
    static String summary(Document d) {
        StringJoiner s = new StringJoiner(" · ");
        for (String part : new String[] {d.type() == DocType.NEWS ? d.news().outlet() : d.ruling().court(), d.ruling().decisionType(),
                UiText.GERMAN.date(d.sortDate()), d.ruling().docket() == null ? null : "Az. " + d.ruling().docket(),
                d.ruling().outcome() == null ? null : "Ausgang: " + UiText.GERMAN.outcome(d.ruling().outcome())}) {
            if (part != null && !part.isBlank()) {
                s.add(part);
            }
        }
        String gist = d.type() == DocType.RULING && d.ruling().tenor() != null ? firstSentence(d.ruling().tenor()) : lead(d);
        return gist.isBlank() ? s.toString() : s + "\n" + gist;
    }

    /** The first sentence, up to its full stop; a dot after a number or abbreviation ("2. ", "Abs. ") does not end it. */
    static String firstSentence(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher m = SENTENCE_END.matcher(t);
        return m.find() ? t.substring(0, m.end()).strip() : t;
    }

    /** A news item's lead: its first paragraph of some length that is not the title. */
    private static String lead(Document d) {
        for (String para : d.text().split("\\n\\s*\\n|\\n")) {
            String p = para.strip();
            if (p.length() >= LEAD_MIN_CHARS && !p.equals(d.title())) {
                return p.length() > LEAD_MAX_CHARS ? firstSentence(p) : p;
            }
        }
        return "";
    }

    /** When the document entered the corpus (crawled, imported, uploaded); unknown counts as now. */
    private static Instant updated(Document d, Instant now) {
        return d.fetchedAt() != null ? d.fetchedAt() : now;
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", clean(href));
    }

    private static void category(XMLStreamWriter x, String term, String label) throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("term", clean(term));
        x.writeAttribute("label", clean(label));
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** Drops what XML 1.0 cannot carry: control characters other than tab and newlines, lone surrogates, U+FFFE/FFFF. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (ok) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
