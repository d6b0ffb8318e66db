package dev.trustcenter.render.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's message catalogues: the built-in theme's {@code messages/LANG.properties} (UTF-8) for English,
 * Arabic, French and German, overridden or extended key by key by a site theme's own {@code messages/LANG.properties}.
 * A language is looked up by its tag, then its primary language, then English, so "fr-CA" reads French and a
 * language trustcenter does not ship reads English until its catalogue is added.
 */
public final class Catalogues {

    /** The languages the built-in theme translates completely (a test holds every catalogue to English's keys). */
    public static final List<String> SHIPPED = List.of("en", "ar", "fr", "de");

    static final String BUILT_IN = "theme/default/messages/";

    private final Optional<Path> siteMessages;
    private final Map<String, Messages> loaded = new ConcurrentHashMap<>();

    /** @param siteTheme the site's theme folder (themes/NAME); its messages/ folder is read if it exists */
    public Catalogues(Optional<Path> siteTheme) {
        this.siteMessages = siteTheme.map(t -> t.resolve("messages")).filter(Files::isDirectory);
    }

    /** The messages of a language, loaded once. */
    public Messages messages(String language) {
        return loaded.computeIfAbsent(language, this::load);
    }

    /** Whether any catalogue, built in or the site's, speaks this language (else its interface is English). */
    public boolean translates(String language) {
        String primary = primary(language);
        return SHIPPED.contains(primary) || siteMessages.map(d -> Files.isRegularFile(d.resolve(language + ".properties"))
                || Files.isRegularFile(d.resolve(primary + ".properties"))).orElse(false);
    }

    private Messages load(String language) {
        Map<String, String> patterns = new HashMap<>();
        String primary = primary(language);
        for (String tag : List.of("en", primary, language)) {
            patterns.putAll(builtIn(tag));
            siteMessages.ifPresent(dir -> patterns.putAll(file(dir.resolve(tag + ".properties"))));
        }
        return new Messages(language, patterns);
    }

    private static String primary(String language) {
        return language.split("-")[0].toLowerCase(Locale.ROOT);
    }

    /** A built-in catalogue's messages, or none for a language the theme does not ship. */
    public static Map<String, String> builtIn(String language) {
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(BUILT_IN + language + ".properties")) {
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> file(Path path) {
        if (!Files.isRegularFile(path)) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new HashMap<>();
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
        return messages;
    }
}
