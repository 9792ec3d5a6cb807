package de.tenor.crawl;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * News feeds (RSS 2.0, Atom; parsed by Rome): reads each feed, keeps the entries whose title,
 * summary or tags name a word of the topic, and fetches those articles as pages (robots.txt and
 * the delay of the article's host apply). Facts: {@code docs/SOURCES.md} §5.
 */
final class FeedConnector implements Connector {

    private final Source.Feed source;
    private final SourceRun run;

    FeedConnector(Source.Feed source, SourceRun run) {
        this.source = source;
        this.run = run;
    }

    @Override
    public void run(SourceTally tally) throws IOException, InterruptedException, SourceRun.SourceStop {
        for (URI url : source.urls()) {
            tally.queries++;
            var ex = run.listing(source, tally, () -> run.client.pageFollowingRedirects(url));
            if (ex == null) {
                continue;
            }
            SyndFeed feed = parse(ex.body(), url);
            tally.listed += feed.getEntries().size();
            for (SyndEntry entry : feed.getEntries()) {
                Optional<URI> link = link(url, entry);
                if (link.isEmpty()) {
                    tally.error(url + ": an entry without a usable link (" + entry.getTitle() + ")");
                    continue;
                }
                if (!mentionsTopic(entry)) {
                    tally.offTopic++;
                    continue;
                }
                URI article = link.get();
                run.document(source, tally, article, () -> run.client.pageFollowingRedirects(article));
            }
            run.progress(source, tally, url.toString());
        }
    }

    static SyndFeed parse(byte[] body, URI url) throws SourceRun.PortalChangedException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            return new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new SourceRun.PortalChangedException("feed " + url + " is neither RSS nor Atom (" + e.getMessage()
                    + "): the outlet changed its feed; nothing was read from it");
        }
    }

    private boolean mentionsTopic(SyndEntry e) {
        StringBuilder text = new StringBuilder();
        text.append(e.getTitle() == null ? "" : e.getTitle()).append(' ');
        if (e.getDescription() != null && e.getDescription().getValue() != null) {
            text.append(e.getDescription().getValue()).append(' ');
        }
        e.getContents().forEach(c -> text.append(c.getValue() == null ? "" : c.getValue()).append(' '));
        for (SyndCategory c : e.getCategories()) {
            text.append(c.getName()).append(' ');
        }
        String haystack = text.toString().toLowerCase(Locale.GERMAN);
        return source.keywords().stream().anyMatch(k -> haystack.contains(k.toLowerCase(Locale.GERMAN)));
    }

    private static Optional<URI> link(URI feed, SyndEntry e) {
        String href = e.getLink();
        if ((href == null || href.isBlank()) && !e.getLinks().isEmpty()) {
            href = e.getLinks().getFirst().getHref();
        }
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = feed.resolve(href.strip());
            return u.getScheme() != null && u.getScheme().startsWith("http") ? Optional.of(u) : Optional.empty();
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
