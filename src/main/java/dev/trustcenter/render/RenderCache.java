package dev.trustcenter.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Markdown renderings kept on disk between processes, in {@code .trustcenter/cache/} beside site-config.yaml
 * (git-ignored), so a cold build re-renders only the texts that changed. Content-addressed: an entry's name is the
 * SHA-256 of the text, the renderer's version and its options, and the entry repeats that key and carries the
 * SHA-256 of its own rendering. An entry whose key is not the one asked for (another version's, or one copied in
 * under another name), or whose checksum does not match (truncated, edited, unreadable), is ignored, never
 * published, and rendered again. Entries the last build did not use are removed after it.
 */
public final class RenderCache {

    /** The cache folder of a site, beside its site-config.yaml. */
    public static final String FOLDER = ".trustcenter/cache";
    private static final JsonFactory JSON = new JsonFactory();

    private final Path folder;
    private final String version;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean writable = true;

    /**
     * @param folder  where entries live (created on first write)
     * @param version what else decides a rendering: the renderer's build and options
     */
    public RenderCache(Path folder, String version) {
        this.folder = folder;
        this.version = version;
    }

    /** The cache of the site whose root is {@code siteRoot}, for this build of trustcenter. */
    public static RenderCache of(Path siteRoot) {
        return new RenderCache(siteRoot.resolve(FOLDER), Markdown.VERSION + " " + codeVersion());
    }

    /** A rendering: the safe HTML and the links and images of the text. */
    record Entry(String html, List<Markdown.Link> links) {}

    Optional<Entry> get(String markdown) {
        String key = key(markdown);
        used.add(key);
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        try (JsonParser json = JSON.createParser(bytes)) {
            String storedKey = null;
            String checksum = null;
            String html = null;
            List<Markdown.Link> links = new ArrayList<>();
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "key" -> storedKey = json.getValueAsString();
                    case "sha256" -> checksum = json.getValueAsString();
                    case "html" -> html = json.getValueAsString();
                    case "links" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.START_ARRAY) {
                            String url = json.nextTextValue();
                            json.nextToken();
                            int line = json.getIntValue();
                            json.nextToken();
                            boolean image = json.getBooleanValue();
                            json.nextToken();
                            String alt = json.getValueAsString();
                            expect(json.nextToken(), JsonToken.END_ARRAY);
                            links.add(new Markdown.Link(url, line, image, alt));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            Entry entry = new Entry(html, List.copyOf(links));
            if (!key.equals(storedKey) || html == null || !checksum(entry).equals(checksum)) {
                return Optional.empty();
            }
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Bytes made from {@code inputs} (a text that names everything they depend on), kept like a rendering: the
     * social card, whose drawing starts Java2D and costs a cold build a fifth of a second.
     */
    public byte[] bytes(String kind, String inputs, java.util.function.Supplier<byte[]> make) {
        String text = kind + "\n" + inputs;
        Optional<Entry> cached = get(text);
        if (cached.isPresent() && cached.get().links().isEmpty()) {
            try {
                return java.util.Base64.getDecoder().decode(cached.get().html());
            } catch (IllegalArgumentException corrupt) {
                // Not base64 after all: made again below.
            }
        }
        byte[] made = make.get();
        put(text, new Entry(java.util.Base64.getEncoder().encodeToString(made), List.of()));
        return made;
    }

    void put(String markdown, Entry entry) {
        if (!writable) {
            return;
        }
        String key = key(markdown);
        used.add(key);
        try {
            Path file = file(key);
            Files.createDirectories(file.getParent());
            ignoreInGit();
            Path temporary = Files.createTempFile(file.getParent(), key.substring(0, 8), ".tmp");
            Files.write(temporary, serialize(key, entry));
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A read-only checkout: build without the cache rather than fail.
            writable = false;
        }
    }

    /** Removes the entries this build did not use: renderings of texts that changed or went. */
    public void removeUnused() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
                    for (Path entry : entries) {
                        if (!used.contains(entry.getFileName().toString())) {
                            Files.deleteIfExists(entry);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // Left for the next build; an unused entry is never read.
        }
    }

    private void ignoreInGit() throws IOException {
        Path ignore = folder.getParent().resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# trustcenter's render cache: safe to delete, never to commit.\n*\n");
        }
    }

    private Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key);
    }

    String key(String markdown) {
        return sha256(version + "\n" + markdown);
    }

    private static byte[] serialize(String key, Entry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.html().length() + 256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("key", key);
            json.writeStringField("sha256", checksum(entry));
            json.writeStringField("html", entry.html());
            json.writeArrayFieldStart("links");
            for (Markdown.Link link : entry.links()) {
                json.writeStartArray();
                json.writeString(link.url());
                json.writeNumber(link.line());
                json.writeBoolean(link.image());
                json.writeString(link.alt());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** The SHA-256 of everything an entry gives back, so a changed byte anywhere in it is seen. */
    private static String checksum(Entry entry) {
        StringBuilder all = new StringBuilder(entry.html());
        for (Markdown.Link link : entry.links()) {
            all.append('\u0000').append(link.url()).append('\u0000').append(link.line()).append('\u0000')
                    .append(link.image()).append('\u0000').append(link.alt());
        }
        return sha256(all.toString());
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This trustcenter's build: its version, and the size and time of its jar (or of the renderer's class file when
     * run from classes), so a rebuilt jar never reads what another one rendered.
     */
    private static String codeVersion() {
        try {
            Path code = Path.of(RenderCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path stamp = Files.isDirectory(code)
                    ? code.resolve(Markdown.class.getName().replace('.', '/') + ".class") : code;
            return RenderCache.class.getPackage().getImplementationVersion() + " " + Files.size(stamp) + " "
                    + Files.getLastModifiedTime(stamp).to(TimeUnit.MILLISECONDS);
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            // Which build this is cannot be told: no entry may be believed, so this process's key matches none.
            return "unknown " + new java.security.SecureRandom().nextLong();
        }
    }
}
