package vn.camau.reform.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import vn.camau.reform.base.ui.chart.EChart;

// The production build bundles only the frontend of components it finds used from a route or the
// shell. Naming the chart here keeps ECharts in the committed bundles whichever views happen to
// draw charts, so adding or removing a chart in a view never forces a frontend rebuild (and Node).
@Uses(EChart.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Cải cách hành chính – Tỉnh Cà Mau");
        // Named, so browsers stop asking for a missing icon on every load (favicon.ico: META-INF/resources)
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
