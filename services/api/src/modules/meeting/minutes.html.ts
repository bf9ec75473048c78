import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { MeetingStatus } from './meeting.enums.js';
import { berlinShortDate, meetingWhen, type OutputLanguage, shortDay } from './meeting.format.js';
import { attendanceGroups, type Minutes, type MinutesItem, type MinutesLabels, minutesFinal, minutesLabels } from './minutes.export.js';

/** Notes are GitHub-flavoured Markdown; one parser instance, so no global option leaks in or out. */
export const markdown = new Marked({ gfm: true, breaks: false });

/**
 * What notes may become in HTML: text structure, emphasis, tables and
 * links to the web or mail. No images, scripts, styles or forms; headings
 * move below the document's own.
 */
const notesPolicy: sanitizeHtml.IOptions = {
  allowedTags: [
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'strong',
    'em',
    'b',
    'i',
    's',
    'del',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'], input: ['type', 'checked', 'disabled'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    h1: 'h4',
    h2: 'h5',
    h3: 'h6',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
    // GFM task lists: only ever a disabled checkbox.
    input: (_tag, attribs) => ({
      tagName: 'input',
      attribs: { type: 'checkbox', disabled: 'disabled', ...(attribs.checked !== undefined ? { checked: 'checked' } : {}) },
    }),
  },
};

/** An item's notes (Markdown) as safe HTML. */
export function notesHtml(text: string): string {
  return sanitizeHtml(markdown.parse(text, { async: false }), notesPolicy);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** HTML already made safe; anything else put into `h` is escaped. */
class Html {
  constructor(readonly html: string) {}
}

/** Turns literal text into HTML: every interpolated value is escaped unless it is `Html`. */
function h(strings: TemplateStringsArray, ...values: (string | number | null | undefined | Html)[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += value instanceof Html ? value.html : escapeHtml(String(value ?? ''));
    out += strings[i + 1] ?? '';
  });
  return new Html(out);
}

const join = (parts: Html[]) => new Html(parts.map((p) => p.html).join(''));
const when = (condition: unknown, part: () => Html) => (condition ? part() : new Html(''));

const styles = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { font-family: "Source Sans 3", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1b1b1b; line-height: 1.45;
    max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
  header { border-bottom: 2px solid #1b1b1b; padding-bottom: .5rem; margin-bottom: 1rem; }
  .body-name { margin: 0; font-size: .95rem; text-transform: uppercase; letter-spacing: .04em; color: #444; }
  h1 { margin: .2rem 0 .3rem; font-size: 1.6rem; }
  .state { display: inline-block; margin: 0; padding: .05rem .45rem; border: 1px solid #1b1b1b; font-size: .85rem; }
  .state.draft { border-style: dashed; }
  dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.25rem; }
  dl.meta dt { font-weight: 600; }
  dl.meta dd { margin: 0; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; padding-bottom: .15rem; }
  .attendance p { margin: .15rem 0; }
  .item { margin: 0 0 1rem; }
  .item h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
  .item.depth-1 { margin-left: 1.25rem; }
  .item.depth-2 { margin-left: 2.5rem; }
  .item .number { display: inline-block; min-width: 4.5rem; }
  .item .meta-line { margin: 0 0 .35rem; color: #444; font-size: .9rem; }
  .tag { font-size: .75rem; border: 1px solid #999; padding: 0 .3rem; margin-left: .4rem; font-weight: normal; vertical-align: middle; }
  .notes h4, .notes h5, .notes h6 { font-size: 1rem; margin: .6rem 0 .2rem; }
  .notes table { border-collapse: collapse; }
  .notes th, .notes td { border: 1px solid #999; padding: .15rem .4rem; }
  .notes pre { white-space: pre-wrap; background: #f3f3f3; padding: .4rem; }
  .decision { border-left: 3px solid #1b1b1b; padding: .2rem .6rem; margin: .5rem 0; }
  .decision p { margin: .15rem 0; }
  .result { font-weight: 700; }
  h4.sub { font-size: .95rem; margin: .6rem 0 .2rem; }
  ul.tasks { margin: .2rem 0; padding-left: 1.2rem; }
  .amendment { margin: .4rem 0; }
  footer { margin-top: 2rem; font-size: .8rem; color: #555; border-top: 1px solid #999; padding-top: .4rem; }
  @page { size: A4; margin: 18mm 16mm 20mm; }
  @media print {
    body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
    h2, h3, h4 { break-after: avoid; }
    .decision, .amendment, .attendance p { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
    .notes a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 85%; }
  }
`;

/**
 * The minutes as one printable HTML page (a print stylesheet for A4), with
 * the reader's view of them: notes rendered from Markdown and sanitised.
 */
export function renderMinutesHtml(m: Minutes, lang: OutputLanguage): string {
  const t = minutesLabels[lang];
  const { meeting } = m;
  const final = minutesFinal(m);
  const cancelled = meeting.status === MeetingStatus.CANCELLED;
  const heading = `${t.minutes}: ${meeting.title}`;
  const groups = attendanceGroups(m, t);
  const page = h`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.bodyName ? `${m.bodyName} – ${heading}` : heading}</title>
<style>${new Html(styles)}</style>
</head>
<body>
<header>
<p class="body-name">${m.bodyName}</p>
<h1>${heading}</h1>
<p class="state${final ? '' : ' draft'}">${t.meetingStatus[meeting.status]}${final || cancelled ? '' : ` · ${t.draft}`}</p>
</header>
<dl class="meta">
<dt>${t.date}</dt><dd>${meetingWhen(meeting.startsAt, meeting.endsAt, lang)}</dd>
${when(meeting.location, () => h`<dt>${t.place}</dt><dd>${meeting.location}</dd>`)}
${when(meeting.onlineUrl, () => h`<dt>${t.online}</dt><dd>${meeting.onlineUrl}</dd>`)}
${when(m.organiserName, () => h`<dt>${t.organiser}</dt><dd>${m.organiserName}</dd>`)}
${when(cancelled, () => h`<dt>${t.cancelled}</dt><dd>${meeting.cancelReason}</dd>`)}
</dl>
${when(
  groups.length,
  () => h`<section class="attendance">
<h2>${t.attendance}</h2>
${join(groups.map((g) => h`<p><strong>${g.label}:</strong> ${g.names.join(', ')}</p>\n`))}
</section>`,
)}
<section class="agenda">
<h2>${t.agenda}</h2>
${m.items.length ? join(m.items.map((item) => itemHtml(item, t, lang))) : h`<p>${t.noItems}</p>`}
</section>
<section class="approval">
<h2>${t.approval}</h2>
<p>${approvalLine(m, lang)}</p>
</section>
${when(
  m.amendments.length,
  () => h`<section class="amendments">
<h2>${t.amendments}</h2>
${join(
  m.amendments.map(
    (a) =>
      h`<div class="amendment"><p><strong>${berlinShortDate(a.createdAt, lang)}${a.itemNumber ? `, ${t.item} ${a.itemNumber}` : ''}${a.authorName ? ` (${a.authorName})` : ''}:</strong> ${a.text}</p><p>${t.reason}: ${a.reason}</p></div>\n`,
  ),
)}
</section>`,
)}
<footer>${t.generated(berlinShortDate(m.generatedAt, lang))}</footer>
</body>
</html>
`;
  return page.html;
}

function itemHtml(item: MinutesItem, t: MinutesLabels, lang: OutputLanguage): Html {
  const meta = [
    item.presenter ? `${t.presenter}: ${item.presenter}` : null,
    item.plannedMinutes ? `${item.plannedMinutes} ${t.minutesShort}` : null,
  ].filter((x): x is string => !!x);
  return h`<section class="item depth-${Math.min(item.depth, 2)}">
<h3><span class="number">${t.item} ${item.number}</span> ${item.title}${when(item.internal, () => h`<span class="tag">${t.internal}</span>`)}</h3>
${when(meta.length, () => h`<p class="meta-line">${meta.join(' · ')}</p>`)}
${when(item.notes, () => h`<div class="notes">${new Html(notesHtml(item.notes ?? ''))}</div>`)}
${when(
  item.decisions.length,
  () => h`<h4 class="sub">${t.decisions}</h4>
${join(
  item.decisions.map(
    (d) => h`<div class="decision">
<p>${d.text}</p>
<p><span class="result">${t.result[d.result]}</span>${
      d.votesFor !== null || d.votesAgainst !== null || d.votesAbstaining !== null
        ? ` · ${t.votes(d.votesFor, d.votesAgainst, d.votesAbstaining)}`
        : ''
    }</p>
${when(
  d.recusals.length,
  () => h`<p>${t.recusals}: ${d.recusals.map((r) => (r.reason ? `${r.name ?? '–'} (${r.reason})` : (r.name ?? '–'))).join(', ')}</p>`,
)}
</div>
`,
  ),
)}`,
)}
${when(
  item.tasks.length,
  () => h`<h4 class="sub">${t.tasks}</h4>
<ul class="tasks">
${join(item.tasks.map((task) => h`<li>${taskLine(task, t, lang)}</li>\n`))}
</ul>`,
)}
</section>
`;
}

/** "Sprachkurse abstimmen – Miriam Okafor, fällig 31.12.2026 (offen)". */
export function taskLine(task: MinutesItem['tasks'][number], t: MinutesLabels, lang: OutputLanguage) {
  const who = [task.assignee, task.dueOn ? `${t.due} ${shortDay(task.dueOn, lang)}` : null].filter(Boolean).join(', ');
  return `${task.title}${who ? ` – ${who}` : ''} (${t.taskStatus[task.status]})`;
}

/** "Genehmigt am 09.12.2026 von Renate Vogel", or that they are not approved yet. */
export function approvalLine(m: Minutes, lang: OutputLanguage): string {
  const t = minutesLabels[lang];
  const { meeting } = m;
  if (!meeting.approvedAt) return t.notApproved;
  const how = meeting.approvalDecisionId ? ` ${t.byDecision}` : '';
  const who = meeting.approvedByName ? ` ${t.by} ${meeting.approvedByName}` : '';
  return `${t.approvedOn(berlinShortDate(meeting.approvedAt, lang))}${how}${who}`;
}
