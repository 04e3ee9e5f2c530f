package vn.camau.reform.hotline;

/** How a report reached the hotline office, and how the answer went back (DOMAIN §7). */
public enum HotlineChannel {
    PHONE, SMS, ZALO, EMAIL,
    /** The province's "phản ánh hiện trường" app. */
    FIELD_APP,
    IN_PERSON,
    /** The letter box (hòm thư góp ý) at the one-stop desk. */
    MAILBOX;

    public String labelKey() {
        return "hotline.channel." + name();
    }
}
