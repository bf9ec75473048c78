/**
 * The browser half of the map benchmark: how long `/map` takes to its first
 * interactive frame, frame times while the mouse pans and zooms, and the same
 * interaction on a plain SVG drawing of the same graph for comparison.
 */
import type { Page } from 'playwright-core';

/** The mark the map page sets once sigma has drawn its first frame with the graph and its handlers are attached. */
export const INTERACTIVE_MARK = 'verbund:map-interactive';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface MapLoad {
  /** The interactive mark, ms since navigation start. */
  interactive: number;
  /** When the largest /graphql answer (the network) had arrived, ms since navigation start. */
  answered: number;
}

/**
 * Navigates to the map and waits for the page's interactive mark; returns its
 * time since navigation start and when the network answer had arrived, or
 * throws with what the page said.
 */
export async function loadMap(page: Page, url: string, timeoutMs: number): Promise<MapLoad> {
  const problems: string[] = [];
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onConsole = (message: import('playwright-core').ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK, {
      timeout: timeoutMs,
      polling: 50,
    });
    return (await page.evaluate((mark) => {
      const answers = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname === '/graphql')
        .sort((a, b) => b.decodedBodySize - a.decodedBodySize);
      return {
        interactive: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
        answered: answers[0]?.responseEnd ?? Number.NaN,
      };
    }, INTERACTIVE_MARK)) as MapLoad;
  } catch (error) {
    const said = problems.length ? `; ${problems.slice(0, 3).join('; ')}` : '';
    throw new Error(`no "${INTERACTIVE_MARK}" mark on ${url} within ${timeoutMs} ms${said} (${(error as Error).message.split('\n')[0]})`);
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The visible part of an element, after scrolling it into view. */
export async function visibleBox(page: Page, selector: string): Promise<Box> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${selector} is not on the page`);
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  return { x, y, width: Math.min(box.x + box.width, viewport.width) - x, height: Math.min(box.y + box.height, viewport.height) - y };
}

export interface FrameTimes {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** From the first to the last frame recorded, in seconds. */
  seconds: number;
  /** Input events sent on the schedule, and how many of them the page had taken by the end of the recording. */
  sent: number;
  taken: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number) : Number.NaN;
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Scripted pan and zoom over the middle of `box` for about `seconds`, the
 * same input on the same schedule for every renderer, the way a hand would
 * give it whatever the page does: five Ctrl+wheel events in (the map shares
 * the wheel with the page, where plain wheel scrolls), a 12-step drag, five
 * wheel events out and a drag back, every 880 ms. Events are sent on time
 * without waiting for the page to take the previous one (Chromium queues and
 * coalesces them as it would a real mouse's). Frame times are the gaps
 * between requestAnimationFrame callbacks in the page meanwhile, the last one
 * up to the end of the recording. Close the
 * page afterwards: a slow one still has events to work off.
 */
export async function panAndZoom(page: Page, box: Box, seconds: number): Promise<FrameTimes> {
  const cx = Math.round(box.x + box.width / 2);
  const cy = Math.round(box.y + box.height / 2);
  const dx = Math.round(Math.min(200, box.width / 4));
  const dy = Math.round(Math.min(120, box.height / 4));
  await page.mouse.move(cx, cy);
  // Start from a quiet page: 30 frames in a row within 50 ms each (at most 20 s), so that work left from loading is not counted.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const until = performance.now() + 20_000;
        let last = performance.now();
        let calm = 0;
        const loop = (t: number) => {
          calm = t - last < 50 ? calm + 1 : 0;
          last = t;
          if (calm >= 30 || t > until) resolve();
          else requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
  );

  const schedule: { at: number; run: () => Promise<void> }[] = [];
  const cycle = 880;
  for (let start = 0; start === 0 || start + cycle <= seconds * 1000 + cycle / 2; start += cycle) {
    for (const [offset, deltaY] of [
      [0, -100],
      [440, 100],
    ] as const) {
      schedule.push({ at: start + offset, run: () => page.keyboard.down('Control') });
      for (let i = 0; i < 5; i++) schedule.push({ at: start + offset + 40 * i, run: () => page.mouse.wheel(0, deltaY) });
      schedule.push({ at: start + offset + 180, run: () => page.keyboard.up('Control') });
    }
    for (const [offset, sign] of [
      [200, 1],
      [640, -1],
    ] as const) {
      schedule.push({ at: start + offset, run: () => page.mouse.move(cx, cy) });
      schedule.push({ at: start + offset + 10, run: () => page.mouse.down() });
      for (let k = 1; k <= 12; k++)
        schedule.push({
          at: start + offset + 10 + 16 * k,
          run: () => page.mouse.move(cx + (sign * dx * k) / 12, cy + (sign * dy * k) / 12),
        });
      schedule.push({ at: start + offset + 220, run: () => page.mouse.up() });
    }
  }
  schedule.sort((a, b) => a.at - b.at);

  await page.evaluate(() => {
    const w = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
    w.__benchFrames = [];
    w.__benchRecording = true;
    const loop = (t: number) => {
      w.__benchFrames.push(t);
      if (w.__benchRecording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const started = performance.now();
  let taken = 0;
  for (const event of schedule) {
    const wait = started + event.at - performance.now();
    if (wait > 0) await sleep(wait);
    // Not awaited: the next event goes out on time whether or not the page has taken this one.
    void event.run().then(
      () => {
        taken++;
      },
      () => undefined,
    );
  }
  // Let the last camera animation finish inside the recording.
  await sleep(300);
  const stamps = (await page.evaluate(() => {
    const w = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
    w.__benchRecording = false;
    // The frame under way (or the task blocking it) counts too, up to now: otherwise a page stuck in a long frame would look idle.
    w.__benchFrames.push(performance.now());
    return w.__benchFrames;
  })) as number[];
  const takenInTime = taken;
  const gaps = stamps
    .slice(1)
    .map((t, i) => t - (stamps[i] as number))
    .sort((a, b) => a - b);
  return {
    frames: gaps.length,
    p50: tenth(percentile(gaps, 50)),
    p95: tenth(percentile(gaps, 95)),
    max: tenth(gaps[gaps.length - 1] ?? Number.NaN),
    seconds: stamps.length > 1 ? tenth(((stamps[stamps.length - 1] as number) - (stamps[0] as number)) / 1000) : 0,
    sent: schedule.length,
    taken: takenInTime,
  };
}

export interface SvgGraph {
  /** x, y per node, in the server's layout coordinates. */
  positions: number[];
  /** A colour per node. */
  colours: string[];
  /** Node indexes, two per edge. */
  edges: number[];
}

/**
 * A plain SVG drawing of the graph on an empty page: a <line> per edge and a
 * <circle> per node at the server's positions (y up, as sigma draws them),
 * fitted to the viewport; the wheel zooms about the pointer and a drag pans,
 * each by setting the `transform` attribute of the group that holds them.
 * Returns the drawing's box.
 */
export async function svgPage(page: Page, graph: SvgGraph): Promise<Box> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><title>SVG map</title></head>
     <body style="margin:0;overflow:hidden"><svg id="map" width="${viewport.width}" height="${viewport.height}" style="display:block;background:#fff"></svg></body></html>`,
  );
  await page.evaluate((g) => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.getElementById('map') as unknown as SVGSVGElement;
    const width = svg.width.baseVal.value;
    const height = svg.height.baseVal.value;
    const n = g.positions.length / 2;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const x = g.positions[2 * i] as number;
      const y = -(g.positions[2 * i + 1] as number);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const fit = 0.95 * Math.min(width / Math.max(1e-9, maxX - minX), height / Math.max(1e-9, maxY - minY));
    const view = document.createElementNS(ns, 'g');
    const lines = document.createElementNS(ns, 'g');
    lines.setAttribute('stroke', '#8a94a0');
    lines.setAttribute('stroke-opacity', '0.55');
    lines.setAttribute('stroke-width', String(0.6 / fit));
    for (let e = 0; e < g.edges.length; e += 2) {
      const a = g.edges[e] as number;
      const b = g.edges[e + 1] as number;
      const line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', String(g.positions[2 * a]));
      line.setAttribute('y1', String(-(g.positions[2 * a + 1] as number)));
      line.setAttribute('x2', String(g.positions[2 * b]));
      line.setAttribute('y2', String(-(g.positions[2 * b + 1] as number)));
      lines.appendChild(line);
    }
    const circles = document.createElementNS(ns, 'g');
    const r = String(3 / fit);
    for (let i = 0; i < n; i++) {
      const circle = document.createElementNS(ns, 'circle');
      circle.setAttribute('cx', String(g.positions[2 * i]));
      circle.setAttribute('cy', String(-(g.positions[2 * i + 1] as number)));
      circle.setAttribute('r', r);
      circle.setAttribute('fill', g.colours[i] as string);
      circles.appendChild(circle);
    }
    view.append(lines, circles);
    svg.appendChild(view);

    let scale = fit;
    let tx = (width - (maxX - minX) * fit) / 2 - minX * fit;
    let ty = (height - (maxY - minY) * fit) / 2 - minY * fit;
    const apply = () => view.setAttribute('transform', `translate(${tx} ${ty}) scale(${scale})`);
    apply();
    svg.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const factor = event.deltaY < 0 ? 1.25 : 1 / 1.25;
        const rect = svg.getBoundingClientRect();
        const px = event.clientX - rect.left;
        const py = event.clientY - rect.top;
        tx = px - (px - tx) * factor;
        ty = py - (py - ty) * factor;
        scale *= factor;
        apply();
      },
      { passive: false },
    );
    let dragging: { x: number; y: number } | null = null;
    svg.addEventListener('mousedown', (event) => {
      dragging = { x: event.clientX, y: event.clientY };
    });
    window.addEventListener('mousemove', (event) => {
      if (!dragging) return;
      tx += event.clientX - dragging.x;
      ty += event.clientY - dragging.y;
      dragging = { x: event.clientX, y: event.clientY };
      apply();
    });
    window.addEventListener('mouseup', () => {
      dragging = null;
    });
  }, graph);
  // Wait until the drawing has been painted once.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return { x: 0, y: 0, width: viewport.width, height: viewport.height };
}
