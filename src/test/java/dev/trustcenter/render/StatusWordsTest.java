package dev.trustcenter.render;

import dev.trustcenter.render.view.StatusWords;
import dev.trustcenter.render.view.Tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.trustcenter.render.i18n.Catalogues;
import dev.trustcenter.rules.Status;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words and tones a page shows for each status, decided in render, never in the rules. */
class StatusWordsTest {

    @Test
    void everyStatusHasWordsAndATone() {
        for (String language : Catalogues.SHIPPED) {
            var messages = new Catalogues(Optional.empty()).messages(language);
            for (Status status : Status.values()) {
                assertNotEquals("", StatusWords.label(status, messages));
            }
        }
        assertEquals(Tone.BAD, Tone.of(Status.EXPIRED), "an expired certificate never looks good");
        assertEquals(Tone.BAD, Tone.of(Status.STALE));
        assertEquals(Tone.GOOD, Tone.of(Status.CURRENT));
        assertEquals(Tone.WARN, Tone.of(Status.EXPIRING_SOON));
    }
}
