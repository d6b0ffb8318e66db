package dev.trustcenter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * assets/: the theme's stylesheet and scripts, the brand colour as CSS custom properties, and the content's own
 * assets (logo, images). Content assets win over theme assets of the same name.
 */
final class ThemeAssets implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        List<String> contentAssets = contentAssets(context.siteRoot().resolve("content/assets"));
        for (String name : context.theme().assetNames()) {
            if (!contentAssets.contains(name)) {
                files.add(new OutputFile("assets/" + name, context.theme().asset(name)));
            }
        }
        Path folder = context.siteRoot().resolve("content/assets");
        for (String name : contentAssets) {
            try {
                files.add(new OutputFile("assets/" + name, Files.readAllBytes(folder.resolve(name))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.add(new OutputFile("assets/brand.css", brandCss(context.config().company().brandColor())));
        return files;
    }

    /** The brand colour and the text colour that reads best on it, as custom properties the theme uses. */
    static byte[] brandCss(String brand) {
        String onBrand = dev.trustcenter.rules.BrandColour.readableTextOn(brand);
        return (":root {\n  --brand: " + brand.toLowerCase(Locale.ROOT) + ";\n  --on-brand: " + onBrand + ";\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> contentAssets(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
