/** Turns a raw corpus file into a {@link de.tenor.extract.Document}: site readers (NRWE, sozialgerichtsbarkeit.de, federal XML, Open Legal Data JSON), Tika for PDF/DOCX/RTF, main-content extraction for news, and field parsers for court, docket, date, city and outcome. */
package de.tenor.extract;
