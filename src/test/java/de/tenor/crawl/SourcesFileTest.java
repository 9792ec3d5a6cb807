package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sources.yaml: the shipped file, and strict errors that name the entry and the key. */
class SourcesFileTest {

    @TempDir
    Path tmp;

    @Test
    void the_shipped_file_names_the_real_portals() throws Exception {
        List<Source> sources = SourcesFile.read(Path.of("sources.yaml"));
        Source.Nrwe nrwe = (Source.Nrwe) sources.get(0);
        assertEquals(URI.create("https://nrwesuche.justiz.nrw.de/index.php"), nrwe.search());
        assertTrue(nrwe.courts().contains(new Source.NrweCourt("Sozialgericht", "Gelsenkirchen")));
        assertTrue(nrwe.courts().contains(new Source.NrweCourt("Oberverwaltungsgericht", "")));
        assertEquals(Optional.of(LocalDate.of(2015, 1, 1)), nrwe.from());
        Source.Neuris neuris = (Source.Neuris) sources.get(1);
        assertEquals("testphase.rechtsinformationen.bund.de", neuris.api().getHost());
        assertEquals(List.of("BVerwG", "BSG"), neuris.courts());
        Source.Oldp oldp = (Source.Oldp) sources.get(2);
        assertEquals("de.openlegaldata.io", oldp.api().getHost());
        assertEquals(SourcesFile.DEFAULT_OLDP_TOKEN_VARIABLE, oldp.tokenVariable());
        Source.Feed feed = (Source.Feed) sources.get(3);
        assertTrue(feed.urls().contains(URI.create("https://www1.wdr.de/nachrichten/ruhrgebiet/uebersicht-ruhrgebiet-100.feed")));
        assertEquals(SourcesFile.DEFAULT_FEED_KEYWORDS, feed.keywords());
    }

    private String error(String yaml) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, yaml);
        return assertThrows(SourcesFile.InvalidSourcesException.class, () -> SourcesFile.read(f)).getMessage();
    }

    @Test
    void errors_name_the_entry_and_the_key() throws Exception {
        String ok = "  - type: feed\n    urls: [https://example.org/feed.rss]\n";
        assertEquals("s.yaml: sources[1], key \"type\": unknown type \"nrw\" (known: nrwe, neuris, oldp, feed)",
                error("sources:\n" + ok + "  - type: nrw\n    search: https://x.de/\n"));
        assertEquals("s.yaml: sources[0] (nrwe), key \"search\": missing required key",
                error("sources:\n  - type: nrwe\n    queries: [Verlustfeststellung]\n"));
        assertTrue(error("sources:\n  - type: neuris\n    api: https://x.de\n    queries: [a]\n    court: [BSG]\n")
                .startsWith("s.yaml: sources[0] (neuris), key \"court\": unknown key for type neuris"));
        assertTrue(error("sources:\n  - type: oldp\n    api: ftp://x.de\n    queries: [a]\n").contains("key \"api\": must be an absolute http(s) URL"));
        assertTrue(error("sources:\n  - type: nrwe\n    search: https://x.de/\n    queries: []\n").contains("key \"queries\": must be a non-empty list"));
        assertTrue(error("sources:\n  - type: nrwe\n    search: https://x.de/\n    queries: [a]\n    from: 1.1.2015\n")
                .contains("key \"from\": must be a date YYYY-MM-DD"));
        assertTrue(error("sources:\n  - type: nrwe\n    search: https://x.de/\n    queries: [a]\n    courts: [{typ: SG}]\n")
                .contains("key \"courts\": item 0 needs a \"type\""));
        assertTrue(error("sources:\n  - type: nrwe\n  search: [\n").startsWith("s.yaml is not valid YAML at line"), error("sources:\n  - type: nrwe\n  search: [\n"));
        assertEquals("s.yaml: expected a mapping with the key \"sources\" (a list of entries)", error("- type: feed\n"));
        assertEquals("s.yaml: \"sources\" must be a non-empty list of entries", error("sources: []\n"));
        assertTrue(error("sources:\n  - just text\n").contains("sources[0]: must be a mapping"));
    }
}
