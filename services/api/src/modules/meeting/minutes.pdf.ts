import { createRequire } from 'node:module';
import type { Token, Tokens } from 'marked';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import sanitizeHtml from 'sanitize-html';
import { MeetingStatus } from './meeting.enums.js';
import { berlinShortDate, meetingWhen, type OutputLanguage } from './meeting.format.js';
import { attendanceGroups, type Minutes, type MinutesItem, type MinutesLabels, minutesFinal, minutesLabels } from './minutes.export.js';
import { approvalLine, markdown, taskLine } from './minutes.html.js';

const require = createRequire(import.meta.url);
// pdfmake is CommonJS exporting one instance; its Node build reads fonts from files.
const pdfmake = require('pdfmake') as typeof import('pdfmake');

/** Roboto as pdfmake ships it: Latin, Greek and Cyrillic, so names from every community print. */
const fontFiles = {
  normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};
const allowedFiles = new Set(Object.values(fontFiles));
pdfmake.setFonts({ Roboto: { ...fontFiles } });
// Nothing is fetched and no other file is read: a link in the notes stays a link.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => allowedFiles.has(file));

const INK = '#1b1b1b';
const GREY = '#555555';

/** The minutes as a PDF (A4), with the same content as the HTML export. */
export async function renderMinutesPdf(m: Minutes, lang: OutputLanguage): Promise<Buffer> {
  const doc = pdfmake.createPdf(definition(m, lang));
  return doc.getBuffer();
}

function definition(m: Minutes, lang: OutputLanguage): TDocumentDefinitions {
  const t = minutesLabels[lang];
  const { meeting } = m;
  const final = minutesFinal(m);
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const title = `${t.minutes}: ${meeting.title}`;
  const meta: [string, string][] = [[t.date, meetingWhen(meeting.startsAt, meeting.endsAt, lang)]];
  if (meeting.location) meta.push([t.place, meeting.location]);
  if (meeting.onlineUrl) meta.push([t.online, meeting.onlineUrl]);
  if (m.organiserName) meta.push([t.organiser, m.organiserName]);
  meta.push([t.status, `${t.meetingStatus[meeting.status]}${final || cancelled ? '' : ` · ${t.draft}`}`]);
  if (cancelled && meeting.cancelReason) meta.push([t.cancelled, meeting.cancelReason]);
  const groups = attendanceGroups(m, t);

  const content: Content[] = [
    { text: (m.bodyName ?? '').toUpperCase(), style: 'bodyName' },
    { text: title, style: 'title' },
    {
      table: { widths: ['auto', '*'], body: meta.map(([k, v]) => [{ text: k, bold: true }, v]) },
      layout: 'noBorders',
      margin: [0, 4, 0, 10],
    },
  ];
  if (groups.length) {
    content.push({ text: t.attendance, style: 'section' });
    for (const g of groups) content.push({ text: [{ text: `${g.label}: `, bold: true }, g.names.join(', ')], margin: [0, 0, 0, 2] });
  }
  content.push({ text: t.agenda, style: 'section' });
  if (m.items.length === 0) content.push(t.noItems);
  for (const item of m.items) content.push(itemContent(item, t, lang));
  content.push({ text: t.approval, style: 'section' }, approvalLine(m, lang));
  if (m.amendments.length) {
    content.push({ text: t.amendments, style: 'section' });
    for (const a of m.amendments)
      content.push({
        stack: [
          {
            text: `${berlinShortDate(a.createdAt, lang)}${a.itemNumber ? `, ${t.item} ${a.itemNumber}` : ''}${a.authorName ? ` (${a.authorName})` : ''}`,
            bold: true,
          },
          a.text,
          { text: `${t.reason}: ${a.reason}`, color: GREY },
        ],
        margin: [0, 0, 0, 6],
        unbreakable: true,
      });
  }

  return {
    info: { title: m.bodyName ? `${m.bodyName} – ${title}` : title, creator: 'Verbund', producer: 'Verbund' },
    language: lang,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 60],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2, color: INK },
    styles: {
      bodyName: { fontSize: 9, color: GREY, characterSpacing: 0.5 },
      title: { fontSize: 17, bold: true, margin: [0, 2, 0, 6] },
      section: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      item: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      sub: { fontSize: 10, bold: true, margin: [0, 5, 0, 2] },
    },
    content,
    footer: (page, pages) => ({
      columns: [
        { text: t.generated(berlinShortDate(m.generatedAt, lang)), fontSize: 8, color: GREY },
        { text: t.page(page, pages), fontSize: 8, color: GREY, alignment: 'right' },
      ],
      margin: [50, 20, 50, 0],
    }),
  };
}

function itemContent(item: MinutesItem, t: MinutesLabels, lang: OutputLanguage): Content {
  const indent = Math.min(item.depth, 2) * 16;
  const parts: Content[] = [
    {
      text: [
        `${t.item} ${item.number}  ${item.title}`,
        ...(item.internal ? [{ text: `  (${t.internal})`, bold: false, color: GREY, fontSize: 9 }] : []),
      ],
      style: 'item',
    },
  ];
  const meta = [
    item.presenter ? `${t.presenter}: ${item.presenter}` : null,
    item.plannedMinutes ? `${item.plannedMinutes} ${t.minutesShort}` : null,
  ];
  if (meta.some(Boolean)) parts.push({ text: meta.filter(Boolean).join(' · '), color: GREY, margin: [0, 0, 0, 3] });
  if (item.notes) parts.push(...markdownContent(item.notes));
  if (item.decisions.length) {
    parts.push({ text: t.decisions, style: 'sub' });
    for (const d of item.decisions) {
      const votes =
        d.votesFor !== null || d.votesAgainst !== null || d.votesAbstaining !== null
          ? ` · ${t.votes(d.votesFor, d.votesAgainst, d.votesAbstaining)}`
          : '';
      const lines: Content[] = [d.text, { text: [{ text: t.result[d.result], bold: true }, votes] }];
      if (d.recusals.length)
        lines.push(`${t.recusals}: ${d.recusals.map((r) => (r.reason ? `${r.name ?? '–'} (${r.reason})` : (r.name ?? '–'))).join(', ')}`);
      parts.push({
        table: { widths: ['*'], body: [[{ stack: lines }]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i) => (i === 0 ? 2 : 0),
          vLineColor: () => INK,
          paddingLeft: () => 6,
          paddingTop: () => 2,
          paddingBottom: () => 2,
        },
        margin: [0, 2, 0, 4],
      });
    }
  }
  if (item.tasks.length) {
    parts.push({ text: t.tasks, style: 'sub' }, { ul: item.tasks.map((task) => taskLine(task, t, lang)) });
  }
  return { stack: parts, margin: [indent, 0, 0, 4] };
}

/** Inline text runs, as pdfmake takes them in a `text` array. */
type Run =
  | string
  | {
      text: string | Run[];
      bold?: boolean;
      italics?: boolean;
      decoration?: 'lineThrough' | 'underline';
      color?: string;
      link?: string;
      background?: string;
    };

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);
// Raw HTML in notes prints as its text; scripts and styles not even that.
const stripTags = (text: string) => decode(sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} }));
const safeLink = (href: string) => (/^(https?:|mailto:)/i.test(href) ? href : undefined);

/** An item's notes (Markdown) as pdfmake content: the same structure the HTML export renders. */
export function markdownContent(text: string): Content[] {
  return blocks(markdown.lexer(text));
}

function blocks(tokens: readonly Token[]): Content[] {
  const out: Content[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        out.push({
          text: runs(heading.tokens),
          bold: true,
          fontSize: heading.depth <= 1 ? 12 : heading.depth === 2 ? 11 : 10,
          margin: [0, 5, 0, 2],
        });
        break;
      }
      case 'paragraph':
        out.push({ text: runs((token as Tokens.Paragraph).tokens), margin: [0, 0, 0, 4] });
        break;
      case 'text': {
        const t = token as Tokens.Text;
        out.push({ text: t.tokens ? runs(t.tokens) : decode(t.text), margin: [0, 0, 0, 2] });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item): Content => {
          const inner = blocks(item.tokens.filter((x) => x.type !== 'checkbox'));
          const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
          const first = inner[0];
          if (box && first && typeof first === 'object' && 'text' in first)
            inner[0] = { ...first, text: [box, first.text as Run] } as Content;
          return inner.length === 1 ? (inner[0] as Content) : { stack: inner };
        });
        out.push(
          list.ordered
            ? { ol: items, start: typeof list.start === 'number' ? list.start : 1, margin: [0, 0, 0, 4] }
            : { ul: items, margin: [0, 0, 0, 4] },
        );
        break;
      }
      case 'blockquote':
        out.push({ stack: blocks((token as Tokens.Blockquote).tokens), margin: [12, 0, 0, 4], color: GREY, italics: true });
        break;
      case 'code':
        out.push({ text: (token as Tokens.Code).text, background: '#eeeeee', preserveLeadingSpaces: true, margin: [0, 0, 0, 4] });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        out.push({
          table: {
            headerRows: 1,
            widths: table.header.map(() => '*'),
            body: [
              table.header.map((cell) => ({ text: runs(cell.tokens), bold: true })),
              ...table.rows.map((row) => row.map((cell) => ({ text: runs(cell.tokens) }))),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 4],
        });
        break;
      }
      case 'hr':
        out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 495, y2: 0, lineWidth: 0.5, lineColor: '#999999' }], margin: [0, 4, 0, 4] });
        break;
      case 'html':
        if (stripTags(token.text).trim()) out.push({ text: stripTags(token.text), margin: [0, 0, 0, 4] });
        break;
      case 'space':
      case 'def':
        break;
      default: {
        const text = (token as Tokens.Generic).text;
        if (typeof text === 'string' && text.trim()) out.push({ text: decode(text) });
      }
    }
  }
  return out;
}

function runs(tokens: readonly Token[] | undefined): Run[] {
  const out: Run[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push({ text: runs((token as Tokens.Strong).tokens), bold: true });
        break;
      case 'em':
        out.push({ text: runs((token as Tokens.Em).tokens), italics: true });
        break;
      case 'del':
        out.push({ text: runs((token as Tokens.Del).tokens), decoration: 'lineThrough' });
        break;
      case 'codespan':
        out.push({ text: decode((token as Tokens.Codespan).text), background: '#eeeeee' });
        break;
      case 'br':
        out.push('\n');
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeLink(link.href);
        out.push(href ? { text: runs(link.tokens), link: href, color: '#1a4f8b', decoration: 'underline' } : { text: runs(link.tokens) });
        break;
      }
      case 'image':
        // Images are never fetched; their description stands in.
        out.push(`[${(token as Tokens.Image).text}]`);
        break;
      case 'html':
        out.push(stripTags(token.text));
        break;
      case 'text': {
        const t = token as Tokens.Text;
        out.push(...(t.tokens ? runs(t.tokens) : [decode(t.text)]));
        break;
      }
      default: {
        const text = (token as Tokens.Generic).text;
        if (typeof text === 'string') out.push(decode(text));
      }
    }
  }
  return out;
}
