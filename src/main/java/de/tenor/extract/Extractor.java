package de.tenor.extract;

import de.tenor.corpus.CorpusFile;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
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
    private static final Pattern RULING_MARKER = Pattern.compile("\\bECLI:[A-Z]{2}:|^(?:Aktenzeichen|Az\\.)", Pattern.MULTILINE);
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

    /** Reads a corpus file from disk and extracts it; its id and source path come from the corpus. */
    public Document extract(CorpusFile file) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new ExtractionException(file.relativePath(), "cannot read file (" + e.getMessage() + ")", e);
        }
        return extract(bytes, file.fileName(), file.sourceUri(), file.lastModified());
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
        boolean web = sourceUri.startsWith("http://") || sourceUri.startsWith("https://");
        b.url = web ? sourceUri : null;
        b.sourcePath = sourceUri.startsWith("corpus:") ? sourceUri.substring("corpus:".length()) : null;
        b.fetchedAt = fetchedAt;
        return b.build();
    }

    private Document.Builder fromHtml(byte[] content, String id, String sourceUri) {
        boolean web = sourceUri.startsWith("http://") || sourceUri.startsWith("https://");
        org.jsoup.nodes.Document page = html.parse(content, web ? sourceUri : "");
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
    private Document.Builder fromText(String text, String id, String fileName) {
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

    /** A court plus a docket, an ECLI or an "Aktenzeichen" label near the top: a decision, not an article about one. */
    private boolean looksLikeRuling(List<String> lines) {
        String head = String.join("\n", lines.subList(0, Math.min(HEADER_LINES, lines.size())));
        return courts.find(head).isPresent()
                && (dockets.findFirst(head).isPresent() || RULING_MARKER.matcher(head).find());
    }
}
