package vn.camau.reform.dossier.repository;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Rows in the text format of MariaDB's {@code LOAD DATA} with its default escapes: fields separated
 * by tabs, rows ended by a newline, {@code \N} for NULL, backslash escapes for tab, newline, carriage
 * return and backslash inside values. Dates and numbers are written digit by digit: formatting is
 * most of the cost of a bulk load on the client side.
 */
final class TsvBuffer {

    private byte[] bytes;
    private int length;
    private boolean rowStarted;
    private int rows;

    TsvBuffer(int initialCapacity) {
        bytes = new byte[Math.max(64, initialCapacity)];
    }

    int rows() {
        return rows;
    }

    int length() {
        return length;
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    TsvBuffer endRow() {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        return this;
    }

    private void separate() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    TsvBuffer nul() {
        separate();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    TsvBuffer num(long v) {
        separate();
        putLong(v);
        return this;
    }

    TsvBuffer num(Long v) {
        return v == null ? nul() : num(v.longValue());
    }

    TsvBuffer bool(boolean v) {
        separate();
        put(v ? (byte) '1' : (byte) '0');
        return this;
    }

    TsvBuffer date(LocalDate d) {
        if (d == null) {
            return nul();
        }
        separate();
        putDate(d);
        return this;
    }

    TsvBuffer dateTime(LocalDateTime t) {
        if (t == null) {
            return nul();
        }
        separate();
        putDate(t.toLocalDate());
        put((byte) ' ');
        put2(t.getHour());
        put((byte) ':');
        put2(t.getMinute());
        put((byte) ':');
        put2(t.getSecond());
        return this;
    }

    TsvBuffer text(String s) {
        if (s == null) {
            return nul();
        }
        separate();
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            ensure(s.length() * 2);
            for (int i = 0; i < s.length(); i++) {
                putEscaped((byte) s.charAt(i));
            }
        } else {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            ensure(utf8.length * 2);
            for (byte b : utf8) {
                // bytes of a multi-byte UTF-8 sequence are all >= 0x80 and never need escaping
                putEscaped(b);
            }
        }
        return this;
    }

    private void putEscaped(byte b) {
        switch (b) {
            case '\t' -> { bytes[length++] = '\\'; bytes[length++] = 't'; }
            case '\n' -> { bytes[length++] = '\\'; bytes[length++] = 'n'; }
            case '\r' -> { bytes[length++] = '\\'; bytes[length++] = 'r'; }
            case '\\' -> { bytes[length++] = '\\'; bytes[length++] = '\\'; }
            case 0 -> { bytes[length++] = '\\'; bytes[length++] = '0'; }
            default -> bytes[length++] = b;
        }
    }

    private void putDate(LocalDate d) {
        ensure(10);
        int y = d.getYear();
        bytes[length++] = (byte) ('0' + y / 1000 % 10);
        bytes[length++] = (byte) ('0' + y / 100 % 10);
        bytes[length++] = (byte) ('0' + y / 10 % 10);
        bytes[length++] = (byte) ('0' + y % 10);
        bytes[length++] = '-';
        put2(d.getMonthValue());
        bytes[length++] = '-';
        put2(d.getDayOfMonth());
    }

    private void put2(int v) {
        ensure(2);
        bytes[length++] = (byte) ('0' + v / 10);
        bytes[length++] = (byte) ('0' + v % 10);
    }

    private void putLong(long v) {
        ensure(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        if (v == 0) {
            bytes[length++] = '0';
            return;
        }
        int start = length;
        while (v > 0) {
            bytes[length++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
