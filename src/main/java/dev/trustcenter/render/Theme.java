package dev.trustcenter.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import dev.trustcenter.render.i18n.Catalogues;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.i18n.MessagesExtension;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The templates and static assets of a build. The site's own {@code themes/<name>/} is searched first and the
 * built-in default theme (shipped in the jar) second, so a site can override any single template. (A site's own
 * assets are read, with the site's checks, by load.)
 * One Pebble engine serves the whole build; its templates are compiled once and are thread-safe.
 */
public final class Theme {

    static final String BUILT_IN = "theme/default/";

    private final Optional<Path> siteTheme;
    private final PebbleEngine engine;
    private final Catalogues catalogues;

    /** The {@code {% keep %}} blocks kept from one build of a session to the next. */
    private final KeepTag kept = new KeepTag();

    /** @param siteTheme the site's theme folder (themes/NAME), used only if it exists */
    public Theme(Optional<Path> siteTheme) {
        this.siteTheme = siteTheme.filter(Files::isDirectory);
        List<Loader<?>> loaders = new ArrayList<>();
        this.siteTheme.ifPresent(dir -> {
            FileLoader files = new FileLoader();
            files.setPrefix(dir.resolve("templates").toString());
            files.setSuffix(".peb");
            loaders.add(files);
        });
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN + "templates");
        builtIn.setSuffix(".peb");
        loaders.add(builtIn);
        this.catalogues = new Catalogues(this.siteTheme);
        this.engine = new PebbleEngine.Builder()
                .extension(new MessagesExtension(catalogues))
                .extension(kept)
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaper())
                .defaultEscapingStrategy("html")
                .cacheActive(true)
                .build();
    }

    /** After a session's build: the {@code {% keep %}} blocks it did not use are dropped. */
    public void keepOnlyLastBuild() {
        kept.keepOnlyLastBuild();
    }

    /** The interface's words in a language: the built-in catalogue with the site theme's own on top. */
    public Messages messages(String language) {
        return catalogues.messages(language);
    }

    /** Whether the theme's catalogues speak this language; else its interface reads English. */
    public boolean translates(String language) {
        return catalogues.translates(language);
    }

    /** Renders a template in a language; a broken template is a theme error, reported with the template's name. */
    public String render(String template, Map<String, Object> context, String language) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, context, Locale.forLanguageTag(language));
            return out.toString();
        } catch (PebbleException | Messages.MissingMessageException e) {
            throw new ThemeException("template \"" + template + "\": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the built-in theme's static assets; a site's own assets come from load. */
    public List<String> assetNames() {
        return builtInAssetNames().stream().sorted().toList();
    }

    /** The bytes of a built-in asset. */
    public byte[] asset(String name) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/" + name)) {
            if (in == null) {
                throw new ThemeException("the theme has no asset \"" + name + "\"", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in theme lists its assets in assets.txt, since a jar's folders cannot be listed portably. */
    private static List<String> builtInAssetNames() {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template or asset of the theme is broken: not a content error, but one the publisher can fix. */
    public static final class ThemeException extends RuntimeException {
        public ThemeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
