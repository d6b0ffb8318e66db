// flexmark's cost per page, by stage, on a folder of policies (bench/generate.py's): parsing with every extension,
// parsing without autolinks, and trustcenter's whole Markdown path (parse, collect links, render safe HTML); four
// passes in one JVM, the first cold. Not part of the test suite.
//
//   java -cp target/trustcenter.jar bench/FlexStages.java /dev/shm/trustcenter-bench/1000/trustcenter/content/policies

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.trustcenter.render.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class FlexStages {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file).replaceFirst("(?s)^---\n.*?\n---\n", ""));
            }
        }
        Parser every = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()))).build();
        Parser noAutolink = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                StrikethroughExtension.create()))).build();
        for (int pass = 0; pass < 4; pass++) {
            Markdown markdown = new Markdown(); // keeps nothing between texts, as a one-off build
            long parse = 0, parseNoAutolink = 0, whole = 0;
            for (String text : texts) {
                long t0 = System.nanoTime();
                every.parse(text);
                long t1 = System.nanoTime();
                noAutolink.parse(text);
                long t2 = System.nanoTime();
                markdown.toHtml(text);
                long t3 = System.nanoTime();
                parse += t1 - t0;
                parseNoAutolink += t2 - t1;
                whole += t3 - t2;
            }
            int n = texts.size();
            System.out.printf("pass %d: parse %.3f ms/page; without autolinks %.3f ms/page; trustcenter's Markdown "
                    + "(parse, links, safe HTML) %.3f ms/page%n", pass + 1, parse / 1e6 / n, parseNoAutolink / 1e6 / n,
                    whole / 1e6 / n);
        }
    }
}
