package dev.trustcenter.rules;

import dev.trustcenter.model.Subprocessors.Subprocessor;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A listed subprocessor as of a date. Only a {@link State#CURRENT} one is counted, tabled and exported as in use;
 * an upcoming one is shown as upcoming with the day it starts, an ended one as no longer in use.
 *
 * @param starts the day it starts processing, when that is after the as-of date
 * @param ends   the day it stops, when that is known and after the as-of date
 */
public record SubprocessorStatus(Subprocessor subprocessor, State state, Optional<LocalDate> starts,
                                 Optional<LocalDate> ends) {

    public enum State { CURRENT, UPCOMING, ENDED }

    public boolean current() {
        return state == State.CURRENT;
    }
}
