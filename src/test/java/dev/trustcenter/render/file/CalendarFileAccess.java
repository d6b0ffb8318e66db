package dev.trustcenter.render.file;

/** Lets tests in other packages reach the calendar's folding. */
public final class CalendarFileAccess {

    private CalendarFileAccess() {}

    public static byte[] fold(String text) {
        return CalendarFile.fold(text);
    }
}
