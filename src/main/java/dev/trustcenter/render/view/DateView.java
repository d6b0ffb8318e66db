package dev.trustcenter.render.view;

/**
 * A date as a page shows it: machine-readable for {@code <time datetime>} and in the page's language for people
 * ({@code Messages.dateView}).
 */
public record DateView(String iso, String text) {
}
