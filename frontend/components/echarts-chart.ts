// <echarts-chart>: a thin, generic Apache ECharts element for Flow (Java side: base/ui/chart/EChart).
// The server sends the whole ECharts option as a JSON string; this element only draws it, keeps it
// sized, turns clicks into a `chart-click` DOM event, and marks when drawing finished so that
// end-to-end tests can wait for it.
// The full `echarts` entry is used on purpose: views pick chart types freely, and a tree-shaken
// build would fail silently for any type nobody remembered to register here. It is a chunk of its
// own (~1 MB), fetched with the app's other chunks (Vite preloads it) and evaluated when the main
// thread is first idle: on the sign-in page while the user types, and after signing in while the
// browser waits for the server to build the first view, so the first chart does not wait for it
// (README, "Benchmark: the screens").
import type { ECharts } from 'echarts';

type EChartsModule = typeof import('echarts');
let echartsModule: Promise<EChartsModule> | undefined;
const loadEcharts = () => (echartsModule ??= import('echarts'));
const whenIdle: (task: () => void) => void = window.requestIdleCallback
  ? (task) => window.requestIdleCallback(task, { timeout: 2000 })
  : (task) => setTimeout(task, 200);
whenIdle(() => { loadEcharts().catch(() => { /* reported by the chart that needs it */ }); });

type ValueFormat = 'percent' | 'count';
type Json = Record<string, any>;

// JSON cannot carry functions, so formatters are named instead of sent. Ratios (0.9993) read as
// vi-VN percentages ("99,93%"), counts with vi-VN grouping ("1.234"), as in VnFormats on the server.
const percentFormat = new Intl.NumberFormat('vi-VN', {
  style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('vi-VN');
const FORMATTERS: Record<ValueFormat, (value: number) => string> = {
  percent: (v) => percentFormat.format(v),
  count: (v) => countFormat.format(v),
};

const asArray = (x: unknown): Json[] => (Array.isArray(x) ? x : x ? [x as Json] : []);

function applyValueFormat(option: Json, format: (value: number) => string) {
  const formatAny = (v: unknown) => (typeof v === 'number' ? format(v) : v == null ? '-' : String(v));
  option.tooltip = asArray(option.tooltip).map((t) => ({ ...t, valueFormatter: formatAny }));
  if (option.tooltip.length === 1) option.tooltip = option.tooltip[0];
  // ECharts' own rule: an axis without a type is a category axis when it has data, else a value axis
  for (const key of ['xAxis', 'yAxis']) {
    for (const axis of asArray(option[key])) {
      if ((axis.type ?? (axis.data ? 'category' : 'value')) === 'value') {
        axis.axisLabel = { ...axis.axisLabel, formatter: (v: number) => format(v) };
      }
    }
  }
  // Value labels on bars and lines, unless the option already names a template of its own
  for (const series of asArray(option.series)) {
    if ((series.type === 'bar' || series.type === 'line') && series.label?.show && !series.label.formatter) {
      series.label = { ...series.label, formatter: (p: { value: unknown }) => formatAny(p.value) };
    }
  }
}

/** A scalar for the server: numbers and strings as they are, anything else (e.g. [x, y]) as JSON. */
function scalar(value: unknown): string | number | null {
  if (value == null) return null;
  return typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
}

export class EchartsChart extends HTMLElement {
  static get observedAttributes() { return ['option', 'label', 'renderer']; }

  private readonly container: HTMLDivElement;
  private chart?: ECharts;
  private echarts?: EChartsModule;
  private resizeObserver?: ResizeObserver;
  private optionJson = '';
  private seriesCount = 0;

  constructor() {
    super();
    // Shadow DOM keeps ECharts' own child nodes away from Flow's view of the element's children
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; position: relative; height: 320px; }
        :host([hidden]) { display: none; }
        /* by class: ECharts puts its own divs (the tooltip) in here too, and they must keep their size */
        .chart { position: absolute; inset: 0; }
      </style><div class="chart" part="chart"></div>`;
    this.container = root.querySelector('.chart')!;
  }

  /** The ECharts option as a JSON string; replaces the whole chart (setOption with notMerge). */
  get option(): string { return this.optionJson; }
  set option(json: string) {
    this.optionJson = json ?? '';
    this.applyOption();
  }

  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  get label(): string { return this.getAttribute('aria-label') ?? ''; }
  set label(text: string) {
    if (text) this.setAttribute('aria-label', text); else this.removeAttribute('aria-label');
  }

  /** 'canvas' (default) or 'svg'; read when the chart is created. */
  get renderer(): 'canvas' | 'svg' { return this.getAttribute('renderer') === 'svg' ? 'svg' : 'canvas'; }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (name === 'option') this.option = value ?? '';
    else if (name === 'label') this.label = value ?? '';
    else if (name === 'renderer' && this.chart) { this.disposeChart(); this.initChart(); }
  }

  connectedCallback() {
    if (!this.hasAttribute('role')) this.setAttribute('role', 'img');
    // A value set before this class was defined sits on the instance and hides the accessor
    for (const prop of ['option', 'label'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = (this as any)[prop];
        delete (this as any)[prop];
        this[prop] = value;
      }
    }
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    loadEcharts().then((module) => {
      this.echarts = module;
      // The element may have left the page, or come back and got its chart, while loading
      if (this.isConnected && !this.chart) this.initChart();
    }, (e) => console.error('<echarts-chart>: could not load ECharts', e));
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.disposeChart();
  }

  private initChart() {
    if (!this.echarts) return; // connectedCallback calls again once ECharts has loaded
    const chart = this.echarts.init(this.container, undefined, { renderer: this.renderer });
    chart.on('finished', () => {
      this.setAttribute('data-rendered', 'true');
      this.setAttribute('data-series-count', String(this.seriesCount));
    });
    chart.on('click', (p: any) => {
      const item = p.data;
      const dataId = item && typeof item === 'object' && !Array.isArray(item) && 'id' in item ? item.id : null;
      this.dispatchEvent(new CustomEvent('chart-click', {
        bubbles: true, composed: true,
        detail: {
          componentType: p.componentType ?? null,
          seriesName: p.seriesName ?? null,
          seriesIndex: p.seriesIndex ?? -1,
          name: p.name ?? null,
          dataIndex: p.dataIndex ?? -1,
          value: scalar(p.value),
          dataId: scalar(dataId),
        },
      }));
    });
    this.chart = chart;
    this.applyOption();
  }

  private disposeChart() {
    this.chart?.dispose();
    this.chart = undefined;
    this.removeAttribute('data-rendered');
  }

  private applyOption() {
    const chart = this.chart;
    if (!chart) return; // applied on connect
    // A new option is a new drawing: tests must not see the previous one's "rendered" mark
    this.removeAttribute('data-rendered');
    if (!this.optionJson) {
      chart.clear();
      this.seriesCount = 0;
      return;
    }
    let option: Json;
    try {
      option = JSON.parse(this.optionJson);
    } catch (e) {
      console.error('<echarts-chart>: option is not valid JSON', e);
      return;
    }
    const format = FORMATTERS[option.valueFormat as ValueFormat];
    delete option.valueFormat;
    if (format) applyValueFormat(option, format);
    // Counted before setOption: without an entry animation ECharts draws, and fires `finished`, inside it
    this.seriesCount = asArray(option.series).length;
    chart.setOption(option, true);
    this.seriesCount = asArray((chart.getOption() as Json)?.series).length;
  }
}

// Guarded so that a second evaluation of this module (dev-mode reload) does not throw
if (!customElements.get('echarts-chart')) {
  customElements.define('echarts-chart', EchartsChart);
}

declare global {
  interface HTMLElementTagNameMap { 'echarts-chart': EchartsChart; }
}
