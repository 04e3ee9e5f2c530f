package vn.camau.reform.account;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The file an administrator hands out after a bulk creation: one line per account with its one-time
 * password. CSV in UTF-8 with a byte-order mark, so Excel shows the Vietnamese names correctly.
 */
public final class OneTimePasswordSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OneTimePasswordSheet() {
    }

    public static byte[] csv(BulkAccounts accounts) {
        StringBuilder s = new StringBuilder("\uFEFFMã cán bộ,Họ và tên,Đơn vị,Tên đăng nhập,Mật khẩu một lần,Hết hạn\r\n");
        String expires = WHEN.format(accounts.expiresAt());
        for (BulkAccounts.Created c : accounts.created()) {
            s.append(cell(c.officerCode())).append(',').append(cell(c.fullName())).append(',')
                    .append(cell(c.unitName())).append(',').append(cell(c.username())).append(',')
                    .append(cell(c.oneTimePassword())).append(',').append(expires).append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted, and a leading = + - @ neutralised, so a spreadsheet never runs a cell as a formula. */
    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
