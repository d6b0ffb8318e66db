package dev.trustcenter.render.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feed the StAX writer makes is Atom that Rome reads back, whatever characters the content holds. */
class AtomFeedTest {

    @Test
    void markupControlCharactersAndAstralCharactersReadBackAsWritten() throws Exception {
        String hostile = "Tags </summary><script>alert(1)</script> & \"quotes\", a bell \u0007, an emoji 🙂, عربي";
        String xml = AtomFeed.write("https://trust.example.com/", "Title & <co>", "Sub", "Example & Co",
                LocalDate.parse("2026-11-10"), List.of(new AtomFeed.Entry("tag:trust.example.com,2026-11-10:x",
                        hostile, LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-01"),
                        "https://trust.example.com/updates/x/?a=1&b=2", Optional.of(hostile))));
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Title & <co>", feed.getTitle());
        assertEquals("Example & Co", feed.getAuthors().get(0).getName());
        assertEquals("https://trust.example.com/feed.xml", feed.getId());
        assertEquals("alternate", feed.getAlternateLinks().get(0).getRel());
        assertEquals("https://trust.example.com/", feed.getAlternateLinks().get(0).getHref());
        assertEquals("self", feed.getOtherLinks().get(0).getRel());
        Entry entry = feed.getEntries().get(0);
        String expected = hostile.replace('\u0007', '\uFFFD');
        assertEquals(expected, entry.getTitle());
        assertEquals(expected, entry.getSummary().getValue());
        assertEquals("text", entry.getSummary().getType());
        assertEquals("https://trust.example.com/updates/x/?a=1&b=2", entry.getAlternateLinks().get(0).getHref());
        assertEquals("2026-11-10T00:00:00Z", entry.getUpdated().toInstant().toString());
        assertEquals("2026-11-01T00:00:00Z", entry.getPublished().toInstant().toString());
    }
}
