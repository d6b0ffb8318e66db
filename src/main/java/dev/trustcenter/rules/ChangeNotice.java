package dev.trustcenter.rules;

import dev.trustcenter.model.Subprocessors.Change;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A subprocessor change as of a date.
 *
 * @param upcoming         the change takes effect after the as-of date
 * @param objectionsUntil  the last day a customer may object: the notice period counted from the announcement
 * @param noticeDays       days between announcement and effect, when the announcement date is known
 * @param promisedDays     the notice period promised (notice_period_days)
 * @param shortNotice      less notice was given than the notice period promises
 * @param effectiveBeforeObjectionsEnd the change takes effect on or before the last day to object, so customers
 *                         could not object in time: the page, the feed and the JSON say so plainly
 */
public record ChangeNotice(Change change, boolean upcoming, Optional<LocalDate> objectionsUntil,
                           Optional<Long> noticeDays, int promisedDays, boolean shortNotice,
                           boolean effectiveBeforeObjectionsEnd) {}
