/** Writes the fictional demo corpus (Beispieldaten – keine echten Entscheidungen) shipped in corpus/demo/. */
package de.tenor.demo;
