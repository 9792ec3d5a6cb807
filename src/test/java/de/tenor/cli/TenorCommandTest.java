package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** The commands the README shows, run as a user would (minus the JVM start). */
class TenorCommandTest {

    @TempDir
    Path tmp;



    @Test
    void index_then_search_json_finds_filtered_demo_rulings() throws Exception {
        String index = tmp.resolve("index").toString();
        CliRun indexed = CliRun.run("index", "--corpus", "corpus", "--index", index);
        assertEquals(0, indexed.code(), indexed.err());
        assertTrue(indexed.err().contains("0 skipped"), indexed.err());

        CliRun again = CliRun.run("index", "--corpus", "corpus", "--index", index);
        assertTrue(again.err().contains("up to date"), again.err());

        CliRun search = CliRun.run("search", "Verlustfeststellung", "--city", "Duisburg", "--outcome", "lost", "--json",
                "--corpus", "corpus", "--index", index);
        assertEquals(0, search.code(), search.err());
        JsonNode json = new ObjectMapper().readTree(search.out());
        assertTrue(json.get("total").asInt() > 0, search.out());
        json.get("hits").forEach(h -> {
            assertEquals("Duisburg", h.get("city").asText());
            assertEquals("lost", h.get("outcome").asText());
            // the hit view of /api/search, not a shorter one of its own
            assertTrue(h.has("docket") && h.has("snippet") && h.has("weeklyHours"), h.toString());
        });
        assertTrue(json.has("allWordsTotal") && json.has("pageSize"), search.out());
    }

    @Test
    void every_command_takes_verbose() {
        List<String> missing = new ArrayList<>();
        Deque<CommandLine> todo = new ArrayDeque<>(List.of(TenorCommand.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            if (c.getSubcommands().isEmpty() && !c.getCommandName().equals("help")
                    && c.getCommandSpec().findOption("--verbose") == null) {
                missing.add(c.getCommandSpec().qualifiedName());
            }
            todo.addAll(c.getSubcommands().values());
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void verbose_on_a_subcommand_of_bench_shows_the_stack_trace() {
        CliRun quiet = CliRun.run("bench", "relevance", "--judgments", tmp.resolve("none.txt").toString());
        CliRun verbose = CliRun.run("bench", "relevance", "--judgments", tmp.resolve("none.txt").toString(), "--verbose");
        assertTrue(quiet.code() != 0 && quiet.code() == verbose.code(), quiet.err());
        assertEquals(1, quiet.err().strip().lines().count(), quiet.err());
        assertTrue(verbose.err().contains("\tat de.tenor."), verbose.err());
    }

    @Test
    void search_with_unparsable_query_exits_2_with_one_line() {
        CliRun r = CliRun.run("search", "Arbeit AND (", "--corpus", "corpus", "--index", tmp.resolve("index").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("tenor: "), r.err());
        assertTrue(r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void extract_prints_metadata_of_a_demo_pdf() throws Exception {
        Path pdf;
        try (var files = Files.list(Path.of("corpus/demo"))) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        CliRun r = CliRun.run("extract", pdf.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ruling", json.get("type").asText());
        assertTrue(json.get("docket").isTextual(), r.out());
    }

    @Test
    void extract_of_a_missing_file_exits_2() {
        CliRun r = CliRun.run("extract", tmp.resolve("nope.pdf").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("No such file"), r.err());
    }

    @Test
    void index_of_an_empty_corpus_exits_2_and_says_what_to_do() {
        CliRun r = CliRun.run("index", "--corpus", tmp.resolve("empty").toString(), "--index", tmp.resolve("i").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--corpus"), r.err());
    }

    @Test
    void unknown_command_is_a_usage_error() {
        assertEquals(2, CliRun.run("frobnicate").code());
    }

    @Test
    void bench_load_smoke_run_reports_zero_errors_and_a_baseline() {
        CliRun r = CliRun.run("bench", "load", "--seconds", "2", "--concurrency", "4",
                "--corpus", "corpus", "--index", tmp.resolve("index").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("baseline /health"), r.out());
        assertTrue(r.out().contains("errors: 0"), r.out());
    }
}
