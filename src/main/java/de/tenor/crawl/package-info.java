/** The polite crawler: seeds, scope, robots.txt, per-host politeness, fetching; the only package that uses the network. */
package de.tenor.crawl;
