/** Raw sources under corpus/: loose files, crawled captures in WARC files, and the crawler's per-URL state. */
package de.tenor.corpus;
