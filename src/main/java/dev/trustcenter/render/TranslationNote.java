package dev.trustcenter.render;

/**
 * What a reader must be told about the language of a text: that it is shown in the default language because it is
 * not translated yet ({@code kind} "missing"), or that its translation was made from an earlier version of the source
 * ("stale"), with a link to the source.
 *
 * @param sourceHref the text in the default language, for a stale translation; else null
 */
public record TranslationNote(String kind, String text, String sourceHref, String sourceLabel) {}
