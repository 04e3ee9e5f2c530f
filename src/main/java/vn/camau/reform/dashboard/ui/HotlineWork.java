package vn.camau.reform.dashboard.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.HotlineFilter;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.ui.HotlineNavigation;

/** The inspector's work first: how many reports wait in each of their queues, each a link to it. */
class HotlineWork extends Composite<Div> {

    private static final List<HotlineQueue> SHOWN = List.of(HotlineQueue.OVERDUE, HotlineQueue.DUE_SOON,
            HotlineQueue.MINE, HotlineQueue.UNASSIGNED);

    HotlineWork(HotlineService hotline) {
        Div box = new Div(new H3(getTranslation("home.work.hotline")));
        box.setId("home-hotline");
        Map<HotlineQueue, Integer> counts = hotline.queueCounts();
        UnorderedList list = new UnorderedList();
        for (HotlineQueue q : SHOWN) {
            String href = HotlineNavigation.QUEUE + "?" + HotlineNavigation.queue(HotlineFilter.of(q)).getQueryString();
            list.add(new ListItem(new Anchor(href, getTranslation("hotline.queue.count", getTranslation(q.labelKey()),
                    VnFormats.count(counts.getOrDefault(q, 0))))));
        }
        box.add(list);
        getContent().addClassName("home-work");
        getContent().add(box);
    }
}
