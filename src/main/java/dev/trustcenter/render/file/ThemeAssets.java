package dev.trustcenter.render.file;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;

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
public final class ThemeAssets implements PageSet {

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

    /**
     * The brand colour as custom properties the theme uses: the colour itself (borders, marks), the shade links use
     * (4.5:1 on every light background of the theme), and the shade buttons use with the text that reads on it.
     */
    static byte[] brandCss(String brand) {
        String button = BrandColour.buttonShade(brand);
        return (":root {\n  --brand: " + brand.toLowerCase(Locale.ROOT) + ";\n"
                + "  --link: " + BrandColour.textShadeOn(brand, BrandColour.LIGHT_BACKGROUNDS) + ";\n"
                + "  --brand-button: " + button + ";\n"
                + "  --on-brand: " + BrandColour.readableTextOn(button) + ";\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
