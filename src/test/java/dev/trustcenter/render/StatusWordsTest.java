package dev.trustcenter.render;

import dev.trustcenter.render.view.StatusWords;
import dev.trustcenter.render.view.Tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.trustcenter.rules.Status;
import org.junit.jupiter.api.Test;

/** The words and tones a page shows for each status, decided in render, never in the rules. */
class StatusWordsTest {

    @Test
    void everyStatusHasWordsAndATone() {
        for (Status status : Status.values()) {
            assertNotEquals("", StatusWords.label(status));
        }
        assertEquals(Tone.BAD, Tone.of(Status.EXPIRED), "an expired certificate never looks good");
        assertEquals(Tone.BAD, Tone.of(Status.STALE));
        assertEquals(Tone.GOOD, Tone.of(Status.CURRENT));
        assertEquals(Tone.WARN, Tone.of(Status.EXPIRING_SOON));
    }
}
