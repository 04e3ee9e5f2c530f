package vn.camau.reform.base.text;

import java.util.Locale;

/**
 * Client addresses as people read them. The servlet container reports IPv6 in full ("0:0:0:0:0:0:0:1");
 * shown so, the audit trail's address column took the width of the change it exists to show. Written in
 * RFC 5952's short form instead ("::1"); IPv4 and anything not a plain eight-group address stay as they are.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    public static String shown(String address) {
        if (address == null || address.indexOf(':') < 0 || address.indexOf('.') >= 0 || address.indexOf('%') >= 0) {
            return address;
        }
        String[] groups = address.split(":", -1);
        if (groups.length != 8) {
            return address; // already short, or not an address
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; i++) {
            groups[i] = groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestLength < 2) {
            return String.join(":", groups);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, 8));
        return head + "::" + tail;
    }
}
