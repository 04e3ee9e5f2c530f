package vn.camau.reform.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import vn.camau.reform.account.AccountFilter;
import vn.camau.reform.account.AccountService;
import vn.camau.reform.account.AccountStatus;
import vn.camau.reform.account.ui.UserAdminView;
import vn.camau.reform.base.text.VnFormats;

/**
 * The administrator's work first: the accounts in their scope that wait for them — locked after
 * failed sign-ins (unlock), one-time password run out (issue a new one), never signed in (chase or
 * disable) — each count above zero a link to the account list filtered to exactly those accounts.
 */
class AdminWork extends Composite<Div> {

    /** What an administrator acts on, most urgent first (someone cannot work right now). */
    static final List<AccountStatus> SHOWN = List.of(AccountStatus.LOCKED, AccountStatus.ONE_TIME_EXPIRED,
            AccountStatus.NEVER_SIGNED_IN);

    AdminWork(AccountService accounts) {
        Div box = new Div(new H3(getTranslation("home.work.accounts")));
        box.setId("home-accounts");
        UnorderedList list = new UnorderedList();
        int waiting = 0;
        for (AccountStatus status : SHOWN) {
            int count = accounts.count(new AccountFilter(null, null, null, status));
            waiting += count;
            String text = getTranslation("home.work.accounts.item", getTranslation(status.labelKey()),
                    VnFormats.count(count));
            // a zero is plain text: a link to an empty list is a dead end (issue 18)
            list.add(new ListItem(count == 0 ? new Span(text) : new Anchor(UserAdminView.link(status), text)));
        }
        box.add(list);
        if (waiting == 0) {
            box.add(new Paragraph(getTranslation("home.work.accounts.none")));
        }
        getContent().addClassName("home-work");
        getContent().add(box);
    }
}
