package vn.camau.reform.hotline.ui;

import java.util.Optional;

import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.Permission;

/**
 * What the screens offer each role (DOMAIN §7): inspectors and leaders work reports, leaders
 * conclude them, auditors only read. The service checks every step again; this only decides which
 * buttons to show, so nobody is offered a step that will be refused.
 */
record HotlineAccess(boolean works, boolean leads, boolean inspects) {

    static HotlineAccess of(Optional<AppUser> user) {
        return user.map(u -> {
            return new HotlineAccess(u.may(Permission.WORK_HOTLINE), u.may(Permission.CONCLUDE_HOTLINE_REPORT),
                    u.may(Permission.TAKE_HOTLINE_REPORTS));
        }).orElse(new HotlineAccess(false, false, false));
    }
}
