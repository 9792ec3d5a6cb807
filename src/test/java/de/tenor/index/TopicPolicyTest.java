package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a user imported are indexed even off the topic, with their topic value (only topic-source captures are filtered). */
class TopicPolicyTest {

    @TempDir
    Path tmp;

    @Test
    void an_imported_off_topic_ruling_is_indexed_with_topic_false() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("import"));
        Files.writeString(corpus.resolve("import/fg-muenster-7-k-1212-22.txt"), """
                Finanzgericht Münster
                Urteil vom 14.09.2023 – 7 K 1212/22 F

                Tenor
                Die Klage wird abgewiesen.

                Gründe
                Streitig ist die gesonderte Feststellung des verbleibenden Verlustvortrags (Verlustfeststellung)
                nach § 10d Abs. 4 EStG für das Jahr 2019. Der Kläger machte Verluste aus Vermietung geltend.
                """);
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        try (Extractor extractor = new Extractor()) {
            IndexSummary s = new IndexBuilder(location, extractor, Clock.systemUTC())
                    .build(new CorpusStore(corpus).captures(), IndexProgress.NONE);
            assertEquals(1, s.indexed());
            assertEquals(0, s.leftOffTopic());
        }
        try (Searcher searcher = new Searcher(location)) {
            List<SearchHit> hits = searcher.search(SearchRequest.of("Verlustvortrag")).hits();
            assertEquals(1, hits.size());
            Document d = hits.getFirst().document();
            assertFalse(d.topic(), "tax-law Verlustfeststellung is off the topic: " + d.topicMarkers());
        }
    }
}
