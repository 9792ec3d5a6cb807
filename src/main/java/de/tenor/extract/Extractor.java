package de.tenor.extract;

import de.tenor.corpus.Capture;
import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.CorpusUri;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction seam: turns one raw source file (HTML, PDF, DOCX, federal XML, Open Legal Data
 * JSON, …) into a {@link Document}, a ruling or a news item.
 *
 * <p>Construct once and share: it is thread-safe and holds the one Tika parser, which is
 * expensive to build. A file that cannot be read raises {@link ExtractionException} naming the
 * file and the reason; the caller logs it and moves on. Every file runs on a worker thread under
 * {@link ExtractionLimits#timeout()}, so a parser stuck in a crafted file cannot hang a run; the
 * workers are daemon threads, and {@link #close()} stops them.
 *
 * <pre>{@code
 * try (Extractor extractor = new Extractor()) {
 *     Document doc = extractor.extract(corpusFile);   // or extract(bytes, "x.pdf", "https://…", fetchedAt)
 * }
 * }</pre>
 */
public final class Extractor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Extractor.class);
    /** Kept for callers that show the limit; the effective limit is {@link ExtractionLimits#maxTextChars()}. */
    public static final int MAX_TEXT_CHARS = ExtractionLimits.DEFAULTS.maxTextChars();
    /**
     * Issue 18: raise when the extractor's output changes. An index built by another version is
     * rebuilt from scratch, and extractions cached by {@code tenor import} under another version are
     * not reused.
     */
    public static final int VERSION = 1;
    /** Files extracted at once; more callers wait for a free worker. A worker stuck past its time limit stays busy. */
    private static final int MAX_WORKERS = 8;
    /** Court, type and docket of a ruling stand in its first lines; further down they are citations. */
    private static final int HEADER_LINES = 40;
    /** The fictional demo corpus lives here (corpus/demo/); only its documents are sample data. */
    private static final String SAMPLE_FOLDER = "demo/";
    private static final Pattern ECLI = Pattern.compile("ECLI:[A-Z]{2}:");
    private static final Pattern RULING_MARKER = Pattern.compile("ECLI:[A-Z]{2}:|^(?:Aktenzeichen|Az\\.)", Pattern.MULTILINE);
    /** Lines that only a decision has: its section titles and its type on a line of its own. */
    private static final Pattern STRUCTURE_LINE = Pattern.compile(
            "(?:Tenor|Gründe|Tatbestand|Entscheidungsgründe|Beschluss|Urteil|Gerichtsbescheid|BESCHLUSS|URTEIL"
                    + "|GERICHTSBESCHEID|Im Namen des Volkes|IM NAMEN DES VOLKES|G r ü n d e|T e n o r)\\s*:?"
                    + "|.*(?:für Recht erkannt|beschlossen|entschieden)\\s*:");
    private static final Pattern TENOR_HEADING = Pattern.compile("(?:Tenor|T e n o r|TENOR)\\s*:?");
    private static final Pattern REASONS_HEADING = Pattern.compile(
            "(?:Tatbestand|Gründe|Entscheidungsgründe|G r ü n d e|TATBESTAND|GRÜNDE|ENTSCHEIDUNGSGRÜNDE)\\s*:?");
    private static final int HEADNOTE_LINES = 5;
    /** "1", "Randnummer 1" or "1 Die Klägerin …": a margin number at a line start. */
    private static final Pattern MARGIN_NUMBER = Pattern.compile("^(?:Randnummer\\s*)?(\\d{1,3})(?:\\s+\\S.*)?$");
    private static final String PAGE_FURNITURE = "nav, header, footer, aside, script, style, noscript, form";

    private final ExtractionLimits limits;
    private final TikaText tika;
    private final HtmlDecoder html = new HtmlDecoder();
    private final NrweHtmlReader nrwe = new NrweHtmlReader();
    private final SgbHtmlReader sgb = new SgbHtmlReader();
    private final BverwgHtmlReader bverwg = new BverwgHtmlReader(); // issue 16
    private final GenericDecisionReader genericDecision = new GenericDecisionReader(); // issue 16: unknown portals
    private final RiiXmlReader rii = new RiiXmlReader();
    private final OldpJsonReader oldp = new OldpJsonReader();
    private final NeurisJsonReader neuris = new NeurisJsonReader();
    private final NewsHtmlReader news;
    private final PlainTextRulingReader plainText = new PlainTextRulingReader();
    private final EmploymentFactsExtractor employmentFacts = new EmploymentFactsExtractor(); // issue 11
    private final RulingAssembler rulings;
    private final NewsAssembler newsItems;
    private final CourtNames courts = new CourtNames();
    private final DocketParser dockets = new DocketParser();
    private final TopicClassifier topics = new TopicClassifier();
    private final ThreadPoolExecutor workers;

    public Extractor() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock decides which dates lie in the future (and are therefore misprints) */
    public Extractor(Clock clock) {
        this(clock, ExtractionLimits.DEFAULTS);
    }

    public Extractor(Clock clock, ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.tika = new TikaText(limits.maxTextChars());
        this.rulings = new RulingAssembler(clock);
        this.newsItems = new NewsAssembler(clock);
        this.news = new NewsHtmlReader(new GermanDates(clock));
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, MAX_WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "tenor-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Full pool: the caller waits (up to one time limit) for a free worker instead of failing its file.
        long waitMillis = limits.timeout().toMillis();
        this.workers.setRejectedExecutionHandler((r, executor) -> {
            try {
                if (executor.isShutdown() || !executor.getQueue().offer(r, waitMillis, TimeUnit.MILLISECONDS)) {
                    throw new RejectedExecutionException("all " + MAX_WORKERS
                            + " extraction workers are busy (files past their time limit?)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for a free extraction worker", e);
            }
        });
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * Reads a capture (a {@link CorpusFile} on disk or a crawled page in a WARC file) and extracts
     * it; id, URL and source path derive from its {@link Capture#sourceUri()}.
     */
    public Document extract(Capture capture) throws ExtractionException {
        return read(capture).document();
    }

    /** Like {@link #extract(Capture)}, with the notes (e.g. truncation) the caller should report. */
    public Extraction read(Capture capture) throws ExtractionException {
        if (capture instanceof CorpusFile f && f.sizeBytes() > limits.maxInputBytes()) {
            throw tooLarge(capture.label(), f.sizeBytes());
        }
        byte[] bytes;
        try {
            bytes = capture.readBytes();
        } catch (IOException e) {
            throw new ExtractionException(capture.label(), "cannot read file (" + e.getMessage() + ")", e);
        }
        return read(bytes, capture.fileName(), capture.sourceUri(), capture.fetchedAt());
    }

    /**
     * Extracts a document from raw bytes.
     *
     * @param fileName  used for format detection and error messages
     * @param sourceUri canonical URI: {@code https://…} for crawled pages, {@code corpus:demo/x.html} for local files
     */
    public Document extract(byte[] content, String fileName, String sourceUri, Instant fetchedAt)
            throws ExtractionException {
        return read(content, fileName, sourceUri, fetchedAt).document();
    }

    /** Like {@link #extract(byte[], String, String, Instant)}, with the notes the caller should report. */
    public Extraction read(byte[] content, String fileName, String sourceUri, Instant fetchedAt)
            throws ExtractionException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceUri, "sourceUri");
        String name = fileName == null || fileName.isBlank() ? sourceUri : fileName;
        if (content.length == 0) {
            throw new ExtractionException(name, "empty file (0 bytes)");
        }
        if (content.length > limits.maxInputBytes()) {
            throw tooLarge(name, content.length);
        }
        Future<Extraction> job;
        try {
            job = workers.submit(() -> readNow(content, name, sourceUri, fetchedAt));
        } catch (RejectedExecutionException e) {
            throw new ExtractionException(name, "not extracted: " + e.getMessage(), e);
        }
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            log.warn("{}: extraction abandoned after {} ms", name, limits.timeout().toMillis());
            throw new ExtractionException(name, "timed out after " + describe(limits.timeout().toMillis())
                    + " (per-file limit); skipped", e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(name, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException ee) {
                throw ee;
            }
            if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
                // A reader bug on one odd file must not end an index run; the message says where to look.
                throw new ExtractionException(name, "extraction failed (" + cause + ")", cause);
            }
            throw new IllegalStateException("extraction of " + name + " failed", cause);
        }
    }

    /** Stops the worker threads; a worker stuck in a parser is interrupted. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private Extraction readNow(byte[] content, String name, String sourceUri, Instant fetchedAt)
            throws ExtractionException {
        String id = CorpusFile.idFor(sourceUri);
        List<String> notes = new ArrayList<>();
        boolean truncated = false;
        Document.Builder b = switch (SourceFormat.detect(name, content)) {
            case HTML -> fromHtml(content, id, sourceUri);
            case RII_XML -> ruling(id, rii.read(content, name));
            case OLDP_JSON -> ruling(id, oldp.read(content, name));
            case NEURIS_JSON -> ruling(id, neuris.read(content, name));
            case DOCUMENT -> {
                if (SourceFormat.isZip(content)) {
                    ZipGuard.check(content, name);
                }
                TikaText.Result text = tika.text(content, name);
                if (text.truncated()) {
                    truncated = true;
                }
                yield fromText(text, id, name);
            }
        };
        String text = b.build().text();
        if (Texts.isBlank(text)) {
            throw new ExtractionException(name, "no text found");
        }
        if (text.length() > limits.maxTextChars()) {
            b.text(text.substring(0, limits.maxTextChars()));
            truncated = true;
        }
        if (truncated) {
            notes.add("text truncated at " + limits.maxTextChars() + " characters (limit per file)");
            log.warn("{}: text truncated at {} characters", name, limits.maxTextChars());
        }
        String sourcePath = CorpusUri.relativePath(sourceUri).orElse(null);
        b.url(isWeb(sourceUri) ? sourceUri : null)
                .sourcePath(sourcePath)
                .fetchedAt(fetchedAt)
                .sample(sourcePath != null && sourcePath.startsWith(SAMPLE_FOLDER));
        applyTopic(b);
        return new Extraction(b.build(), notes, truncated);
    }

    /**
     * Sets {@code topic} and its markers. Off topic, the fields read from the EU citizen's side (outcome,
     * city of the authority, employment facts) would describe a soldier's or an airline's case as if it
     * were about the practice, and the comparison views would count them: they stay null.
     */
    private void applyTopic(Document.Builder b) {
        TopicClassifier.TopicDecision decision = topics.classify(b.build());
        b.topic(decision.onTopic()).topicMarkers(decision.markers());
        if (!decision.onTopic()) {
            b.outcome(null).outcomeEvidence(null).city(null).employment(EmploymentFacts.NONE);
        }
    }

    private Document.Builder ruling(String id, RulingParts parts) {
        Document.Builder b = Document.builder(id, DocType.RULING);
        rulings.fill(b, parts);
        Document draft = b.build();
        b.employment(employmentFacts.extract(draft.paragraphs(), draft.ruling().date())); // issue 11: hours, pay, worker status
        return b;
    }

    private Document.Builder fromHtml(byte[] content, String id, String sourceUri) {
        org.jsoup.nodes.Document page = html.parse(content, isWeb(sourceUri) ? sourceUri : "");
        // An NRWE decision URL names court, docket, type and date; the page fields still win.
        Optional<NrweUrl.Facts> fromUrl = NrweUrl.parse(sourceUri);
        if (nrwe.accepts(page)) {
            return ruling(id, NrweUrl.complete(nrwe.read(page), fromUrl));
        }
        if (sgb.accepts(page)) {
            return ruling(id, sgb.read(page));
        }
        if (bverwg.accepts(page)) {
            return ruling(id, bverwg.read(page));
        }
        Element body = page.body().clone();
        body.select(PAGE_FURNITURE).remove();
        List<String> lines = HtmlText.lines(body);
        // Open Graph "article", a publication time or JSON-LD: the site itself says this is news, even
        // when the article quotes a court and a docket in its first lines. A tenor followed by
        // reasons is a decision all the same (portals mark up decisions as articles too).
        boolean declaredNews = news.isDeclaredArticle(page);
        if (fromUrl.isPresent() || hasTenorAndReasons(lines) || !declaredNews && looksLikeRuling(lines)) {
            List<String> decision = genericDecision.lines(body);
            return ruling(id, NrweUrl.complete(plainText.read(String.join("\n\n", decision), page.title()), fromUrl));
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
            return ruling(id, plainText.read(text, fileName));
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
        return named && (ECLI.matcher(head).find() || lines.stream().anyMatch(l -> STRUCTURE_LINE.matcher(l).matches()))
                || hasTenorAndReasons(lines) || opensWithHeadnote(lines) || hasReasonsWithMarginNumbers(lines);
    }

    /** Issue 16: database texts without a rubrum start with "Leitsatz" or "Orientierungssatz"; news never do. */
    private static boolean opensWithHeadnote(List<String> lines) {
        return lines.stream().limit(HEADNOTE_LINES).anyMatch(HeaderSections::isHeadnoteLabel);
    }

    /** Issue 16: a "Tatbestand"/"Gründe" heading followed by margin numbers 1, 2, 3: a decision without header. */
    private static boolean hasReasonsWithMarginNumbers(List<String> lines) {
        int reasons = -1;
        int next = 1;
        for (int i = 0; i < lines.size() && next <= 3; i++) {
            String l = lines.get(i);
            if (reasons < 0) {
                reasons = REASONS_HEADING.matcher(l).matches() ? i : -1;
            } else {
                Matcher m = MARGIN_NUMBER.matcher(l);
                if (m.matches() && Integer.parseInt(m.group(1)) == next) {
                    next++;
                }
            }
        }
        return next > 3;
    }

    /**
     * A "Tenor" heading followed by "Tatbestand", "Gründe" or "Entscheidungsgründe": the anatomy of a
     * decision even without its rubrum (database excerpts start at the tenor). News never have it.
     */
    private static boolean hasTenorAndReasons(List<String> lines) {
        int tenor = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (tenor < 0 && TENOR_HEADING.matcher(l).matches()) {
                tenor = i;
            } else if (tenor >= 0 && REASONS_HEADING.matcher(l).matches()) {
                return true;
            }
        }
        return false;
    }

    private ExtractionException tooLarge(String name, long size) {
        return new ExtractionException(name, "file too large (" + size + " bytes, limit " + limits.maxInputBytes()
                + " bytes); skipped");
    }

    private static String describe(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static boolean isWeb(String sourceUri) {
        return sourceUri.startsWith("http://") || sourceUri.startsWith("https://");
    }
}
