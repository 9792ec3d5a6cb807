package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void csv_fields_are_quoted_and_formulas_defused() {
        assertEquals("Düsseldorf", CsvExport.field("Düsseldorf"));
        assertEquals("\"a;b\"", CsvExport.field("a;b"));
        assertEquals("\"Er sagte \"\"nein\"\"\"", CsvExport.field("Er sagte \"nein\""));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvExport.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'-1+1", CsvExport.field("-1+1"));
        assertEquals("'@SUM(A1)", CsvExport.field("@SUM(A1)"));
        assertEquals("\"zwei\nZeilen\"", CsvExport.field("zwei\nZeilen"));
        assertEquals("", CsvExport.field(null));
    }
}
