// Public pages (anyone may see them; search engines and link previews read them): rendered on the server,
// their errors too — an unknown record answers HTTP 404 with a page that says so. Pages elsewhere can opt
// in alone with `export const ssr = true` in their +page.ts; their errors then render in the browser.
export const ssr = true;
