package de.tenor.web;

/** A friendly error page: what happened and what to do next. */
public record ErrorPage(int status, String title, String message) {
}
