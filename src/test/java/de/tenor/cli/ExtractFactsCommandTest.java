package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Issue 11: {@code tenor extract --json} prints the employment facts, {@code tenor bench extract} their accuracy. */
class ExtractFactsCommandTest {



    @Test
    void extract_json_prints_hours_pay_and_the_verdict_with_its_sentence() throws Exception {
        CliRun r = CliRun.run("extract", "src/test/resources/extract/dev/nrwe-ovg-nrw-18-b-512-25.html", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(11.0, json.get("weeklyHours").asDouble());
        assertTrue(json.get("weeklyHoursMax").isNull());
        assertEquals(556.0, json.get("monthlyPayEur").asDouble());
        assertEquals("2024-10-01", json.get("employedSince").asText());
        assertEquals("Küchenhilfe", json.get("jobType").asText());
        assertEquals("affirmed", json.get("workerStatus").asText());
        assertTrue(json.get("workerStatusEvidence").asText().contains("Arbeitnehmerin"), json.get("workerStatusEvidence").asText());
    }

    @Test
    void bench_extract_prints_the_accuracy_of_the_facts() {
        CliRun r = CliRun.run("bench", "extract", "--articles", "target/keine-daten", "--dev", "src/test/resources/extract/dev");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Employment facts, demo corpus (src/test/resources/demo/truth-facts.csv, 66 files)"), r.out());
        assertTrue(r.out().contains("Employment facts, dev set (src/test/resources/extract/dev/facts.csv, 12 files)"), r.out());
        for (String field : new String[] {"weeklyHours", "monthlyPayEur", "workerStatus", "employedSince", "jobType"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(field + " ") && l.contains("%")), field + "\n" + r.out());
        }
        // Issue 20: the held-out set apart from the dev set, demo metadata, and facts set where none is stated.
        assertTrue(r.out().contains("Held-out set (src/test/resources/extract/heldout, 20 files)"), r.out());
        assertTrue(r.out().contains("Employment facts, held-out set (src/test/resources/extract/heldout/facts.csv, 20 files)"), r.out());
        assertTrue(r.out().contains("Demo corpus (src/test/resources/demo/truth.csv"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().matches("guessed\\s+\\d+\\s+\\(hours, pay or verdict set .*")), r.out());
    }

}
