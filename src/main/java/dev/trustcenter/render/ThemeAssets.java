package dev.trustcenter.render;

import dev.trustcenter.model.StaticFile;
import dev.trustcenter.rules.BrandColour;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * assets/: the built-in theme's stylesheet and scripts, the brand colour as CSS custom properties, and the site's
 * own assets as loaded (content/assets/, then the site theme's assets/), which win over built-in ones of the same
 * name. Nothing here reads the site folder: load did, with its checks.
 */
final class ThemeAssets implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        List<StaticFile> own = context.site().assets();
        Set<String> ownPaths = own.stream().map(StaticFile::path).collect(Collectors.toSet());
        for (String name : context.theme().assetNames()) {
            if (!ownPaths.contains("assets/" + name)) {
                files.add(new OutputFile("assets/" + name, context.theme().asset(name)));
            }
        }
        for (StaticFile file : own) {
            files.add(new OutputFile(file.path(), file.content().bytes()));
        }
        files.add(new OutputFile("assets/brand.css", brandCss(context.config().company().brandColor())));
        return files;
    }

    /** The brand colour and the text colour that reads best on it, as custom properties the theme uses. */
    static byte[] brandCss(String brand) {
        String onBrand = BrandColour.readableTextOn(brand);
        return (":root {\n  --brand: " + brand.toLowerCase(Locale.ROOT) + ";\n  --on-brand: " + onBrand + ";\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
