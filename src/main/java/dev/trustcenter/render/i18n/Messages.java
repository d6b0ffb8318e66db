package dev.trustcenter.render.i18n;

import dev.trustcenter.render.RecordJson;


import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.render.HtmlEscaper;
import dev.trustcenter.render.view.DateView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's words in one language: the messages of a catalogue, formatted with ICU's MessageFormat (so plurals
 * follow the language's own rules, Arabic's six forms included), and dates, numbers and country names from the
 * locale. One per language per build; thread-safe.
 *
 * <p>Messages are plain text. {@link #html} escapes a message for a page and lets only its arguments carry markup
 * (a date becomes a {@code <time>} element, an {@link Html} value stays as it is), so a catalogue can never inject
 * markup and content passed as an argument is always escaped.
 */
public final class Messages {

    /** Markup a caller vouches for, passed to {@link #html} as an argument. */
    public record Html(String markup) {}

    private final String language;
    private final Locale locale;
    private final ULocale icuLocale;
    private final Map<String, String> patterns;
    /** Dates as this language writes them: a site shows the same few dates on many pages. */
    private final Map<LocalDate, String> formattedDates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    private final DateTimeFormatter dates;
    private final boolean rightToLeft;

    Messages(String language, Map<String, String> patterns) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.icuLocale = numbering(ULocale.forLanguageTag(language));
        this.patterns = Map.copyOf(patterns);
        this.dates = dateFormat(locale, icuLocale);
        this.rightToLeft = SiteConfig.Site.rightToLeft(language);
    }

    /**
     * Arabic is written with Western digits unless the tag asks for others ({@code ar-u-nu-arab}): they are the
     * digits of business documents in the Gulf, and dates and numbers then agree.
     */
    private static ULocale numbering(ULocale locale) {
        if (locale.getKeywordValue("numbers") == null && "ar".equals(locale.getLanguage())) {
            return locale.setKeywordValue("numbers", "latn");
        }
        return locale;
    }

    /**
     * The locale's long date ("22 novembre 2026", "22. November 2026", "22 نوفمبر 2026"). Plain {@code en} reads
     * day, month, year ("22 November 2026"), unambiguous on both sides of the Atlantic; {@code en-US} gets
     * "November 22, 2026".
     */
    private static DateTimeFormatter dateFormat(Locale locale, ULocale icuLocale) {
        Locale dateLocale = locale.toLanguageTag().equals("en") ? Locale.UK : locale;
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dateLocale);
        String digits = icuLocale.getKeywordValue("numbers");
        if (digits != null && !digits.equals("latn")) {
            format = format.withDecimalStyle(DecimalStyle.of(locale));
        }
        return format;
    }

    /** The BCP 47 tag of this language, as in {@code <html lang>}. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** A message's pattern as written in the catalogue, for a script that fills in its {0}, {1} itself. */
    public String pattern(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new MissingMessageException(language, key);
        }
        return pattern;
    }

    /** The patterns under a prefix as a JSON object keyed by the rest of the key, in key order, for a script. */
    public String scriptJson(String prefix) {
        java.util.TreeMap<String, String> selected = new java.util.TreeMap<>();
        patterns.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                selected.put(k.substring(prefix.length()), v);
            }
        });
        return RecordJson.write(selected, SCRIPT_JSON);
    }

    private static final RecordJson.Style SCRIPT_JSON = new RecordJson.Style(
            RecordJson.Naming.AS_IS, RecordJson.Inclusion.ALWAYS, false);

    /** A message as plain text, for Java views, feeds and calendars; a page escapes it. */
    public String text(String key, Object... args) {
        MessageFormat format = format(key);
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = plain(args[i]);
        }
        synchronized (format) {
            return format.format(values);
        }
    }

    /**
     * A message as HTML: the catalogue's text escaped, numbers formatted by the locale, dates as {@code <time>},
     * strings escaped and {@link Html} arguments as they are.
     */
    public String html(String key, Object... args) {
        if (args.length == 1 && !(args[0] instanceof Number) && "{0}".equals(patterns.get(key))) {
            return markup(args[0]); // "date" and the like: what the general path below gives, without formatting
        }
        MessageFormat format = format(key);
        Object[] values = new Object[args.length];
        String[] markup = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Number) {
                values[i] = arg;
            } else {
                markup[i] = markup(arg);
                values[i] = "\uE000" + i + "\uE001";
            }
        }
        String text;
        synchronized (format) {
            text = format.format(values);
        }
        String escaped = HtmlEscaper.text(text);
        for (int i = 0; i < markup.length; i++) {
            if (markup[i] != null) {
                escaped = escaped.replace("\uE000" + i + "\uE001", markup[i]);
            }
        }
        return escaped;
    }

    private Object plain(Object arg) {
        if (arg instanceof DateView d) {
            return date(LocalDate.parse(d.iso()));
        }
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof Html h) {
            return h.markup();
        }
        return arg == null ? "" : arg;
    }

    private String markup(Object arg) {
        if (arg instanceof DateView d) {
            return "<time datetime=\"" + d.iso() + "\">" + HtmlEscaper.text(date(LocalDate.parse(d.iso()))) + "</time>";
        }
        if (arg instanceof LocalDate d) {
            return "<time datetime=\"" + d + "\">" + HtmlEscaper.text(date(d)) + "</time>";
        }
        if (arg instanceof Html h) {
            return h.markup();
        }
        return HtmlEscaper.text(arg == null ? "" : arg.toString());
    }

    private MessageFormat format(String key) {
        return compiled.computeIfAbsent(key, k -> {
            String pattern = patterns.get(k);
            if (pattern == null) {
                throw new MissingMessageException(language, k);
            }
            return new MessageFormat(pattern, icuLocale);
        });
    }

    /** An enum constant's word: "enum.Status.EXPIRING_SOON", "enum.Framework.Kind.REGULATION" in the catalogue. */
    public String label(Enum<?> constant) {
        return text(key(constant));
    }

    private static String key(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return "enum." + name + "." + constant.name();
    }

    /** Names as the language lists them: "A, B and C", "A, B et C", "A وB وC". Plain English lists as en-GB does. */
    public String list(java.util.List<String> items) {
        ULocale lists = language.equals("en") ? ULocale.UK : icuLocale;
        return com.ibm.icu.text.ListFormatter.getInstance(lists).format(items);
    }

    /** A sentence starting with a capital letter, by the locale's rules (a no-op for scripts without case). */
    public String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + text.substring(Character.charCount(first));
    }

    /** A date in the locale's words. */
    public String date(LocalDate date) {
        return formattedDates.computeIfAbsent(date, dates::format);
    }

    /** A date as a page shows it, in this language. */
    public DateView dateView(LocalDate date) {
        return date == null ? null : new DateView(date.toString(), date(date));
    }

    /** A country's name in this language, from the JDK's CLDR data: never translated by hand. */
    public String country(String code) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    /** A language's name in this language ("الإنجليزية", "anglais"), from the JDK's CLDR data. */
    public String languageName(String language) {
        return Locale.forLanguageTag(language).getDisplayLanguage(locale);
    }

    /** A language's name in that language ("العربية", "Deutsch"), for the language switcher. */
    public static String nativeName(String language) {
        Locale l = Locale.forLanguageTag(language);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** A template or view asked for a key no catalogue has: a theme error, named by key and language. */
    public static final class MissingMessageException extends RuntimeException {
        public MissingMessageException(String language, String key) {
            super("no message \"" + key + "\" in the " + language + " catalogue (messages/" + language + ".properties)");
        }
    }
}
