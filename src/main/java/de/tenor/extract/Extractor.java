package de.tenor.extract;

import de.tenor.corpus.Capture;
import de.tenor.corpus.CorpusFile;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The extraction seam: turns one raw source file (HTML, PDF, DOCX, …) into a {@link Document},
 * a ruling or a news item.
 *
 * <p>Construct once and share: it is thread-safe and holds the one Tika parser, which is
 * expensive to build. A file that cannot be read raises {@link ExtractionException} naming the
 * file and the reason; the caller logs it and moves on.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor();
 * Document doc = extractor.extract(corpusFile);   // or extract(bytes, "x.pdf", "https://…", fetchedAt)
 * }</pre>
 */
public final class Extractor {

    /** Text beyond 20 million characters (some thousand pages) is cut off; no ruling is that long. */
    public static final int MAX_TEXT_CHARS = 20_000_000;
    /** Court, type and docket of a ruling stand in its first lines; further down they are citations. */
    private static final int HEADER_LINES = 40;
    private static final Pattern ECLI = Pattern.compile("ECLI:[A-Z]{2}:");
    private static final Pattern RULING_MARKER = Pattern.compile("ECLI:[A-Z]{2}:|^(?:Aktenzeichen|Az\\.)", Pattern.MULTILINE);
    /** Lines that only a decision has: its section titles and its type on a line of its own. */
    private static final Pattern STRUCTURE_LINE = Pattern.compile(
            "(?:Tenor|Gründe|Tatbestand|Entscheidungsgründe|Beschluss|Urteil|Gerichtsbescheid|BESCHLUSS|URTEIL"
                    + "|GERICHTSBESCHEID|Im Namen des Volkes|IM NAMEN DES VOLKES|G r ü n d e|T e n o r)\\s*:?"
                    + "|.*(?:für Recht erkannt|beschlossen|entschieden)\\s*:");
    private static final String PAGE_FURNITURE = "nav, header, footer, aside, script, style, noscript, form";

    private final TikaText tika = new TikaText(MAX_TEXT_CHARS);
    private final HtmlDecoder html = new HtmlDecoder();
    private final NrweHtmlReader nrwe = new NrweHtmlReader();
    private final NewsHtmlReader news = new NewsHtmlReader();
    private final PlainTextRulingReader plainText = new PlainTextRulingReader();
    private final RulingAssembler rulings;
    private final NewsAssembler newsItems;
    private final CourtNames courts = new CourtNames();
    private final DocketParser dockets = new DocketParser();

    public Extractor() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock decides which dates lie in the future (and are therefore misprints) */
    public Extractor(Clock clock) {
        this.rulings = new RulingAssembler(clock);
        this.newsItems = new NewsAssembler(clock);
    }

    /**
     * Reads a capture (a {@link CorpusFile} on disk or a crawled page in a WARC file) and extracts
     * it; id, URL and source path derive from its {@link Capture#sourceUri()}.
     */
    public Document extract(Capture capture) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = capture.readBytes();
        } catch (IOException e) {
            throw new ExtractionException(capture.label(), "cannot read file (" + e.getMessage() + ")", e);
        }
        return extract(bytes, capture.fileName(), capture.sourceUri(), capture.fetchedAt());
    }

    /**
     * Extracts a document from raw bytes.
     *
     * @param fileName  used for format detection and error messages
     * @param sourceUri canonical URI: {@code https://…} for crawled pages, {@code corpus:demo/x.html} for local files
     */
    public Document extract(byte[] content, String fileName, String sourceUri, Instant fetchedAt)
            throws ExtractionException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceUri, "sourceUri");
        String name = fileName == null || fileName.isBlank() ? sourceUri : fileName;
        if (content.length == 0) {
            throw new ExtractionException(name, "empty file");
        }
        Document.Builder b;
        try {
            b = switch (SourceFormat.detect(name, content)) {
                case HTML -> fromHtml(content, CorpusFile.idFor(sourceUri), sourceUri);
                case DOCUMENT -> fromText(tika.text(content, name), CorpusFile.idFor(sourceUri), name);
            };
        } catch (RuntimeException e) {
            // A reader bug on one odd file must not end an index run; the message says where to look.
            throw new ExtractionException(name, "extraction failed (" + e + ")", e);
        }
        if (Texts.isBlank(b.text)) {
            throw new ExtractionException(name, "no text found");
        }
        b.url = isWeb(sourceUri) ? sourceUri : null;
        b.sourcePath = sourceUri.startsWith("corpus:") ? sourceUri.substring("corpus:".length()) : null;
        b.fetchedAt = fetchedAt;
        return b.build();
    }

    private Document.Builder fromHtml(byte[] content, String id, String sourceUri) {
        org.jsoup.nodes.Document page = html.parse(content, isWeb(sourceUri) ? sourceUri : "");
        if (nrwe.accepts(page)) {
            Document.Builder b = Document.builder(id, DocType.RULING);
            rulings.fill(b, nrwe.read(page));
            return b;
        }
        // Open Graph "article" or a publication time: the site itself says this is news, even
        // when the article quotes a court and a docket in its first lines.
        if (!news.isDeclaredArticle(page)) {
            Element body = page.body().clone();
            body.select(PAGE_FURNITURE).remove();
            List<String> lines = HtmlText.lines(body);
            if (looksLikeRuling(lines)) {
                Document.Builder b = Document.builder(id, DocType.RULING);
                rulings.fill(b, plainText.read(String.join("\n\n", lines), page.title()));
                return b;
            }
        }
        Document.Builder b = Document.builder(id, DocType.NEWS);
        newsItems.fill(b, news.read(page));
        return b;
    }

    /** Tika text: a ruling when court and docket stand in its first lines, else a news-like text. */
    private Document.Builder fromText(TikaText.Result tikaText, String id, String fileName) {
        // Word processors give one line per paragraph; a blank line between them tells the reader so.
        String text = tikaText.linesAreParagraphs() ? tikaText.text().replace("\n", "\n\n") : tikaText.text();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!Texts.isBlank(line)) {
                lines.add(Texts.normalizeSpace(line));
            }
        }
        if (looksLikeRuling(lines)) {
            Document.Builder b = Document.builder(id, DocType.RULING);
            rulings.fill(b, plainText.read(text, fileName));
            return b;
        }
        Document.Builder b = Document.builder(id, DocType.NEWS);
        newsItems.fill(b, new NewsParts(lines.isEmpty() ? "" : lines.getFirst(), "", "", lines));
        return b;
    }

    /**
     * A decision, not an article about one: a court and a docket (or ECLI, or "Aktenzeichen" label)
     * near the top, and the structure of a decision somewhere (a line "Tenor", "Gründe",
     * "Beschluss", …, or an ECLI), because news quote courts and dockets in their first lines too.
     */
    private boolean looksLikeRuling(List<String> lines) {
        String head = String.join("\n", lines.subList(0, Math.min(HEADER_LINES, lines.size())));
        boolean named = courts.find(head).isPresent()
                && (dockets.findFirst(head).isPresent() || RULING_MARKER.matcher(head).find());
        return named && (ECLI.matcher(head).find() || lines.stream().anyMatch(l -> STRUCTURE_LINE.matcher(l).matches()));
    }

    private static boolean isWeb(String sourceUri) {
        return sourceUri.startsWith("http://") || sourceUri.startsWith("https://");
    }
}
