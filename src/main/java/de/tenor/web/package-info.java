/** Javalin routes, jte pages and the JSON API. */
package de.tenor.web;
