// Editors' pages stay a single-page app.
export const ssr = false;
