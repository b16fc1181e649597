package dev.meridian.core.imports.ofx;

import java.time.DateTimeException;
import java.time.LocalDate;

/** OFX dates: {@code YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]}; the booking date is the first eight digits. */
final class OfxDate {

    private OfxDate() {}

    static LocalDate parse(String text) {
        String s = text.strip();
        if (s.length() < 8) throw new IllegalArgumentException("'" + text + "' is not an OFX date (YYYYMMDD...)");
        for (int i = 0; i < 8; i++) {
            if (!Character.isDigit(s.charAt(i))) throw new IllegalArgumentException("'" + text + "' is not an OFX date (YYYYMMDD...)");
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date");
        }
    }
}
