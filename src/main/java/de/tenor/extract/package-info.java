/** Turns a raw corpus file into a {@link de.tenor.extract.Document}: Tika for PDF/DOCX, jsoup for HTML, field parsers for court, docket, date, city and outcome. */
package de.tenor.extract;
