import Sigma, { DEFAULT_STYLES } from 'sigma';
import { layerFill, sdfCircle, sdfSquare, sdfTriangle } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ScreenPoint } from './neighbourhood.ts';
import type { MapEdgeAttributes, MapGraph, MapNodeAttributes } from './network-graph.ts';
import { currentRingColour, fadedColour, newRingColour } from './palette.ts';

/*
 * sigma 4 (WebGL) around the actor map's graph. Positions are the server's
 * layout as they come; nothing here moves a node. The map's state (focus,
 * current and opened actor, new actors) is applied by the reducers, so a
 * change only needs a refresh.
 */

/** What the map highlights. */
export interface MapHighlight {
  /** The focused neighbourhood (actor → steps from the centre), or null for none. */
  focus: ReadonlyMap<string, number> | null;
  /** The actor moved to with the keyboard. */
  current: string | undefined;
  /** The actor whose details are open. */
  selected: string | undefined;
  /** Actors new since the compare day: they get a ring. */
  newIds: ReadonlySet<string>;
}

export interface MapRendererOptions {
  onClickNode(id: string): void;
  /** The hints sigma shows when a wheel or one-finger gesture would scroll the page instead. */
  gestureMessages: { wheel: string; appleWheel: string; touch: string };
  /** The font of the page, for the labels. */
  fontFamily: string;
}

/** A row of the legend drawn into an exported image. */
export interface ImageLegendEntry {
  colour: string;
  label: string;
}

/**
 * Above this many ties, edges and labels are not drawn while the camera
 * moves: a frame of 50,000 edges costs seconds where WebGL falls back to
 * software, and pan and zoom must still follow the hand.
 */
const LARGE_MAP_EDGES = 5000;

/** 1 on a map 900 px wide or more, down to 0.45 on a phone. */
const scaleFor = (width: number) => Math.min(1, Math.max(0.45, width / 900));

const noHighlight: MapHighlight = { focus: null, current: undefined, selected: undefined, newIds: new Set() };

export class NetworkMapRenderer {
  private readonly sigma: Sigma<MapNodeAttributes, MapEdgeAttributes>;
  private readonly resizeObserver: ResizeObserver;
  private highlight: MapHighlight = noHighlight;
  /** Node sizes are in screen pixels: on a narrow map (a phone) they shrink, so the core does not become one blot. */
  private sizeScale = 1;

  constructor(
    private readonly container: HTMLElement,
    graph: MapGraph,
    private readonly options: MapRendererOptions,
  ) {
    this.sigma = new Sigma<MapNodeAttributes, MapEdgeAttributes>(graph, container, {
      primitives: {
        nodes: {
          shapes: [sdfCircle(), sdfTriangle(), sdfSquare()],
          layers: [layerFill()],
          label: { font: { family: options.fontFamily, size: 13, weight: '500' }, color: '#1c2127', margin: 5 },
        },
      },
      styles: {
        nodes: [DEFAULT_STYLES.nodes, { shape: { attribute: 'shape', defaultValue: 'circle' }, cursor: 'pointer' }],
        edges: [DEFAULT_STYLES.edges, { opacity: 0.55 }],
      },
      settings: {
        itemSizesReference: 'screen',
        // The page scrolls past the map: zooming needs Ctrl (or ⌘) + wheel, moving on touch two fingers.
        gestureTarget: 'shared',
        sharedGestureWheelMessage: options.gestureMessages.wheel,
        sharedGestureAppleWheelMessage: options.gestureMessages.appleWheel,
        sharedGestureTouchMessage: options.gestureMessages.touch,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        minCameraRatio: 0.03,
        maxCameraRatio: 3,
        labelDensity: 0.7,
        labelGridCellSize: 150,
        labelRenderedSizeThreshold: 7,
        stagePadding: 24,
        hideEdgesOnMove: graph.size > LARGE_MAP_EDGES,
        hideLabelsOnMove: graph.size > LARGE_MAP_EDGES,
      },
      nodeReducer: (key, data) => this.reduceNode(key, data.size),
      edgeReducer: (_key, _data, attributes) => this.reduceEdge(attributes),
    });
    this.sigma.on('clickNode', ({ node }) => options.onClickNode(node));
    // The first frame drawn with its handlers attached: what the map benchmark waits for.
    this.sigma.once('afterRender', () => {
      if (performance.getEntriesByName('verbund:map-interactive').length === 0) performance.mark('verbund:map-interactive');
    });
    this.sizeScale = scaleFor(container.clientWidth);
    this.resizeObserver = new ResizeObserver(() => {
      this.sizeScale = scaleFor(container.clientWidth);
      this.sigma.scheduleRefresh();
    });
    this.resizeObserver.observe(container);
  }

  private reduceNode(key: string, size: number): Partial<NodeDisplayData> {
    const { focus, current, selected, newIds } = this.highlight;
    const out: Partial<NodeDisplayData> = { size: size * this.sizeScale };
    const step = focus?.get(key);
    if (focus && step === undefined) {
      out.color = fadedColour;
      out.labelVisibility = 'hidden';
      out.zIndex = 0;
    } else if (focus) {
      out.zIndex = 2;
      out.depth = 'topNodes';
      // Only the centre's label is forced: the neighbours' labels follow sigma's density grid, so they do not pile up.
      if (step === 0) out.labelVisibility = 'visible';
    }
    // The actor moved to, the one opened and the centre of the focus are ringed alike.
    const marked = key === current || key === selected || step === 0;
    if (marked || newIds.has(key)) {
      out.backdropVisibility = 'visible';
      out.backdropArea = 'node';
      out.backdropColor = '#ffffff';
      out.backdropBorderColor = marked ? currentRingColour : newRingColour;
      out.backdropBorderWidth = marked ? 3 : 2;
      out.backdropPadding = marked ? 4 : 2;
      out.backdropShadowBlur = 0;
      out.backdropShadowColor = 'rgba(0, 0, 0, 0)';
    }
    if (marked) {
      out.labelVisibility = 'visible';
      out.depth = 'topNodes';
      out.zIndex = 3;
    }
    return out;
  }

  private reduceEdge(attributes: MapEdgeAttributes): Partial<EdgeDisplayData> {
    const { focus } = this.highlight;
    if (!focus) return {};
    const { source, target } = attributes.edge;
    if (focus.has(source) && focus.has(target)) return { depth: 'topEdges', opacity: 0.85, zIndex: 1 };
    return { color: fadedColour, opacity: 0.35, zIndex: 0 };
  }

  /** Shows another graph (new filter or day); the camera stays where it is. */
  setGraph(graph: MapGraph): void {
    this.sigma.setSetting('hideEdgesOnMove', graph.size > LARGE_MAP_EDGES);
    this.sigma.setSetting('hideLabelsOnMove', graph.size > LARGE_MAP_EDGES);
    this.sigma.setGraph(graph);
  }

  /** Applies what the map highlights. */
  setHighlight(highlight: MapHighlight): void {
    this.highlight = highlight;
    this.sigma.refresh();
  }

  /** Redraws after node attributes changed in place (colour or size). */
  refresh(): void {
    this.sigma.refresh();
  }

  zoomIn(): void {
    void this.sigma.getCamera().zoomIn({ duration: 250 });
  }

  zoomOut(): void {
    void this.sigma.getCamera().zoomOut({ duration: 250 });
  }

  /** The whole network in view again. */
  reset(): void {
    void this.sigma.getCamera().reset({ duration: 300 });
  }

  /** Moves the camera so an actor is in the middle, closer in if the view is far out. */
  centreOn(id: string, closer = false): void {
    const display = this.sigma.getNodeDisplayData(id);
    if (!display) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: display.x, y: display.y, ratio: closer ? Math.min(camera.ratio, 0.5) : camera.ratio }, { duration: 350 });
  }

  /** Moves and zooms the camera so that these actors fill the view (a focused neighbourhood). */
  fit(ids: Iterable<string>): void {
    let [minX, minY, maxX, maxY] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const id of ids) {
      const display = this.sigma.getNodeDisplayData(id);
      if (!display) continue;
      minX = Math.min(minX, display.x);
      minY = Math.min(minY, display.y);
      maxX = Math.max(maxX, display.x);
      maxY = Math.max(maxY, display.y);
    }
    if (!Number.isFinite(minX)) return;
    // The camera's ratio 1 shows the whole framed graph; leave a margin round the group, and do not go closer than for a few actors.
    const ratio = Math.min(1, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.5));
    void this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  /** Whether an actor is drawn inside the visible part of the map (with a margin). */
  isOnScreen(id: string, margin = 24): boolean {
    const point = this.screenPoint(id);
    if (!point) return false;
    const { width, height } = this.sigma.getDimensions();
    return point.x >= margin && point.y >= margin && point.x <= width - margin && point.y <= height - margin;
  }

  private screenPoint(id: string): ScreenPoint | undefined {
    const graph = this.sigma.getGraph();
    if (!graph.hasNode(id)) return undefined;
    const { x, y } = graph.getNodeAttributes(id);
    return { id, ...this.sigma.graphToViewport({ x, y }) };
  }

  /** Every actor's position on screen, for moving with the arrow keys. */
  screenPoints(): ScreenPoint[] {
    const graph = this.sigma.getGraph();
    return graph.mapNodes((id, attributes) => ({ id, ...this.sigma.graphToViewport({ x: attributes.x, y: attributes.y }) }));
  }

  /**
   * The map as a PNG: what the map shows now, on white, with a title and the
   * legend below it. The WebGL canvas keeps no picture between frames, so it
   * is drawn and copied in one go.
   */
  async toPng(title: string, legend: readonly ImageLegendEntry[]): Promise<Blob> {
    const stage = this.sigma.getStageCanvas();
    const ratio = stage.width / Math.max(1, this.container.clientWidth);
    const font = (size: number, weight = 400) => `${weight} ${Math.round(size * ratio)}px ${this.options.fontFamily}`;
    const pad = 16 * ratio;
    const line = 22 * ratio;
    const columns = Math.max(1, Math.floor(stage.width / (230 * ratio)));
    const legendHeight = legend.length ? Math.ceil(legend.length / columns) * line + pad : 0;
    const titleHeight = line + pad;
    const image = document.createElement('canvas');
    image.width = stage.width;
    image.height = titleHeight + stage.height + legendHeight + pad;
    const context = image.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, image.width, image.height);
    context.fillStyle = '#1c2127';
    context.font = font(16, 700);
    context.textBaseline = 'middle';
    context.fillText(title, pad, pad + line / 2);
    this.sigma.refresh();
    context.drawImage(stage, 0, titleHeight);
    context.font = font(13);
    const columnWidth = (image.width - 2 * pad) / columns;
    legend.forEach((entry, index) => {
      const x = pad + (index % columns) * columnWidth;
      const y = titleHeight + stage.height + pad + Math.floor(index / columns) * line + line / 2;
      context.fillStyle = entry.colour;
      context.beginPath();
      context.arc(x + 6 * ratio, y, 6 * ratio, 0, 2 * Math.PI);
      context.fill();
      context.fillStyle = '#1c2127';
      context.fillText(entry.label, x + 18 * ratio, y, columnWidth - 22 * ratio);
    });
    return new Promise((resolve, reject) => image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'));
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }
}
