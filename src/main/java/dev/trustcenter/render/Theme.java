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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The templates and static assets of a build. The site's own {@code themes/<name>/} is searched first and the
 * built-in default theme (shipped in the jar) second, so a site can override any single template or asset.
 * One Pebble engine serves the whole build; its templates are compiled once and are thread-safe.
 */
public final class Theme {

    static final String BUILT_IN = "theme/default/";

    private final Optional<Path> siteTheme;
    private final PebbleEngine engine;

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
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .cacheActive(true)
                .build();
    }

    /** Renders a template; a broken template is a theme error, reported with the template's name. */
    public String render(String template, Map<String, Object> context) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, context);
            return out.toString();
        } catch (PebbleException e) {
            throw new ThemeException("template \"" + template + "\": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every static asset: the built-in theme's, plus any the site's theme adds. */
    public List<String> assetNames() {
        TreeSet<String> names = new TreeSet<>(builtInAssetNames());
        siteTheme.map(dir -> dir.resolve("assets")).filter(Files::isDirectory).ifPresent(assets -> {
            try (Stream<Path> files = Files.walk(assets)) {
                files.filter(Files::isRegularFile)
                        .map(f -> assets.relativize(f).toString().replace('\\', '/'))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return List.copyOf(names);
    }

    /** The bytes of an asset, from the site's theme when it has one of that name. */
    public byte[] asset(String name) {
        try {
            if (siteTheme.isPresent()) {
                Path file = siteTheme.get().resolve("assets").resolve(name);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            }
            try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/" + name)) {
                if (in == null) {
                    throw new ThemeException("the theme has no asset \"" + name + "\"", null);
                }
                return in.readAllBytes();
            }
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
